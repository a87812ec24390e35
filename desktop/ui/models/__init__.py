"""Table models over big lists: ids plus a small row cache, pages fetched from SQL."""
