"""Reading the register: one query shape for the view, search, export and print, so the
clearance and need-to-know filter is applied the same way on every path.

Paging is keyset (no OFFSET): each sort column has a key ending in a unique tie-break, and
the next page starts after the last key seen.

How a page stays fast at 10^6 copies with no planner statistics (the tests check the plans):
- SQLite uses a row value `(a, id) > (?, ?)` as an index range only up to the rowid, so
  "after the key" is split into arms — `a = ? AND id > ?`, then `a > ?` — each one range of
  the sort's index, read in order until the page is full.
- The sort index drives a bounded window of the join (filters made unindexable with a
  unary +, else the planner starts from a filter's index and sorts everything it admits).
  Without filters, or with a dense one, the page fills inside the window and stops early.
- A filter whose own index admits few entries (a cheap capped count) is read whole and
  sorted; a sparse filter that leaves the window short gets the rest in one statement with
  the planner free to start from the filter.
- Counts read indexes only: narrow ones of migration 0005 stand in for the wide rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from desktop.domain.levels import Level

SORT_KEYS: dict[str, tuple[str, ...]] = {
    "number": ("r.year", "r.number", "r.id", "c.copy_no"),
    "date": ("r.reg_date", "r.id", "c.copy_no"),
    "level": ("r.level_rank", "r.id", "c.copy_no"),
    "title": ("r.title", "r.id", "c.copy_no"),
    "originator": ("r.originator", "r.id", "c.copy_no"),
    "state": ("c.state", "c.id"),
    "custodian": ("c.custodian_id", "c.id"),
}

COLUMNS = """c.id AS copy_id, r.id AS registration_id, r.reg_no, r.reg_date, r.kind, r.title,
    r.level, r.level_rank, c.copy_no, coalesce(c.sheets, r.sheets) AS sheets, c.state,
    c.custodian_id, cu.full_name AS custodian, c.holder_id, ho.full_name AS holder,
    c.location, r.originator_type, r.originator, r.foreign_marking, r.foreign_reference,
    r.incoming_no, r.incoming_date, r.year, r.number, r.declassified_on,
    mc.number AS marking_case, mc.deadline AS marking_due"""

# Names of people, and the open marking-change case a copy is under (its deadline flags the
# row): primary-key lookups per row of a page.
USERS = """LEFT JOIN users cu ON cu.id = c.custodian_id
    LEFT JOIN users ho ON ho.id = c.holder_id
    LEFT JOIN marking_cases mc ON mc.id = c.marking_case_id"""
FROM = f"copies c JOIN registrations r ON r.id = c.registration_id {USERS}"

TOP_RANK = max(lv.rank for lv in Level)
WINDOW = 4000        # driving index entries read before a sparse filter gets its own plan
SMALL = 2000         # a filter admitting fewer entries of its index is sorted whole


@dataclass(frozen=True)
class Scope:
    """Who asks: the highest level rank they may see (0: nothing) and, unless they see the
    whole register, the user whose copies they hold."""

    max_rank: int
    holder_id: int | None  # None: the whole register within the clearance


@dataclass(frozen=True)
class RegisterFilter:
    level: str | None = None
    state: str | None = None
    custodian_id: int | None = None
    originator_type: str | None = None
    originator: str | None = None          # substring
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    search: str | None = None              # full text over titles, numbers and notes


def fts_query(words: str) -> str | None:
    """User words as an FTS5 query: every word must appear, as a prefix. Quotes make any
    FTS syntax in the text plain words."""
    tokens = [t for t in words.replace('"', " ").split() if t]
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens[:12])


@dataclass(frozen=True)
class _Term:
    """One condition; `{c}` stands for `column`, written `+column` where the planner must
    not start from it. `narrows`: a filter, not only the clearance bound. `free`: the same
    condition in a form the planner can start from, when `sql` is not one. `probe`: the
    rows it admits from its own index, up to :cap (a cheap test of a small result)."""

    column: str
    sql: str
    narrows: bool = True
    free: str = ""
    probe: str = ""

    def render(self, free: bool) -> str:
        if free and self.free:
            return self.free
        return self.sql.format(c=self.column if free or not self.column else "+" + self.column)


def _probe(table: str, where: str) -> str:
    return f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {where} LIMIT :cap)"


def _terms(scope: Scope, flt: RegisterFilter) -> tuple[list[_Term], dict[str, Any]]:
    terms = [_Term("r.level_rank", "{c} <= :max_rank", narrows=scope.max_rank < TOP_RANK)]
    args: dict[str, Any] = {"max_rank": scope.max_rank}
    if scope.max_rank <= 0:
        terms.append(_Term("", "0"))
    if scope.holder_id is not None:
        terms.append(_Term("c.holder_id", "{c} = :me", probe=_probe("copies", "holder_id = :me")))
        args["me"] = scope.holder_id
    if flt.level:
        # level_rank is the level's rank, written with it: its index also counts.
        rank = {lv.value: lv.rank for lv in Level}.get(flt.level)
        terms.append(_Term("r.level_rank", "{c} = :level_rank", probe=_probe(
            "registrations", "level_rank = :level_rank")) if rank else _Term("", "0"))
        args["level_rank"] = rank
    if flt.state:
        terms.append(_Term("c.state", "{c} = :state", probe=_probe("copies", "state = :state")))
        args["state"] = flt.state
    if flt.custodian_id is not None:
        terms.append(_Term("c.custodian_id", "{c} = :custodian",
                           probe=_probe("copies", "custodian_id = :custodian")))
        args["custodian"] = flt.custodian_id
    if flt.originator_type:
        terms.append(_Term("r.originator_type", "{c} = :otype",
                           probe=_probe("registrations", "originator_type = :otype")))
        args["otype"] = flt.originator_type
    if flt.originator:
        like = "LIKE :orig ESCAPE '\\'"
        terms.append(_Term("r.originator", f"{{c}} {like}", free=(
            f"r.id IN (SELECT id FROM registrations INDEXED BY ix_reg_originator_rank "
            f"WHERE originator {like})")))
        escaped = flt.originator.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        args["orig"] = f"%{escaped}%"
    # The number's year is the registration date's year (numbering is per year), so a
    # year bound is implied by a date bound; it lets the number order start at that year.
    days = " AND ".join(([] if flt.date_from is None else ["reg_date >= :dfrom"]) +
                        ([] if flt.date_to is None else ["reg_date <= :dto"]))
    if flt.date_from:
        terms += [_Term("r.reg_date", "{c} >= :dfrom", probe=_probe("registrations", days)),
                  _Term("r.year", "{c} >= :yfrom")]
        args.update(dfrom=flt.date_from.isoformat(), yfrom=flt.date_from.year)
    if flt.date_to:
        terms += [_Term("r.reg_date", "{c} <= :dto", probe=_probe("registrations", days)),
                  _Term("r.year", "{c} <= :yto")]
        args.update(dto=flt.date_to.isoformat(), yto=flt.date_to.year)
    if flt.search:
        query = fts_query(flt.search)
        if query:
            terms.append(_Term("r.id", "{c} IN (SELECT rowid FROM registrations_fts "
                                       "WHERE registrations_fts MATCH :fts)",
                               probe=_probe("registrations_fts", "registrations_fts MATCH :fts")))
            args["fts"] = query
    return terms, args


def _where(scope: Scope, flt: RegisterFilter) -> tuple[str, dict[str, Any]]:
    terms, args = _terms(scope, flt)
    return " AND ".join(t.render(True) for t in terms), args


class _Plan:
    """The SQL of one sort: the driving table's key columns (ending in its id) and, when
    registrations drive, the copy number that orders the copies of one registration."""

    def __init__(self, sort: str, descending: bool) -> None:
        keys = SORT_KEYS[sort]
        self.alias = keys[0].split(".")[0]                       # "r" or "c"
        self.table = "registrations" if self.alias == "r" else "copies"
        self.cols = [k.split(".")[1] for k in keys if k.startswith(self.alias + ".")]
        self.tail = [k for k in keys if not k.startswith(self.alias + ".")]
        self.desc = descending
        self.op = "<" if descending else ">"
        direction = " DESC" if descending else ""
        self.order = ", ".join(k + direction for k in keys)
        self.key_cols = ", ".join(f"{k} AS _k{i}" for i, k in enumerate(keys))

    def arms(self, after: tuple | None, alias: str) -> list[tuple[str, dict[str, Any]]]:
        """"Strictly after `after`" on the driving key, as index ranges in sort order."""
        if after is None:
            return [("1", {})]
        out = []
        for j in range(len(self.cols) - 1, -1, -1):
            parts = [f"{alias}.{self.cols[i]} = :a{i}" for i in range(j)]
            parts.append(f"{alias}.{self.cols[j]} {self.op} :a{j}")
            out.append((" AND ".join(parts), {f"a{i}": after[i] for i in range(j + 1)}))
        return out

    def leading(self, term: _Term) -> bool:
        """A condition on the sort's first column narrows the driving range itself."""
        return term.column == f"{self.alias}.{self.cols[0]}"


def _select(conn: Connection, sql: str, args: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for row in conn.execute(text(sql), args).mappings():
        item = dict(row)
        keys = sorted(k for k in item if k.startswith("_k"))
        item["_key"] = tuple(item.pop(k) for k in keys)
        out.append(item)
    return out


def page(conn: Connection, scope: Scope, flt: RegisterFilter, *, sort: str = "number",
         descending: bool = False, after: tuple | None = None,
         limit: int = 200) -> list[dict[str, Any]]:
    """Rows after the key `after` (a row's `_key`), in sort order."""
    plan = _Plan(sort, descending)
    terms, args = _terms(scope, flt)
    rows: list[dict[str, Any]] = []
    if after is not None and plan.tail:
        # The rest of the copies of the registration the last page ended in.
        where = " AND ".join([t.render(False) for t in terms] +
                             [f"r.id = :tid AND c.copy_no {plan.op} :tcopy"])
        rows += _select(conn, f"SELECT {COLUMNS}, {plan.key_cols} FROM {FROM} WHERE {where} "
                        f"ORDER BY {plan.order} LIMIT :limit",
                        {**args, "tid": after[-2], "tcopy": after[-1], "limit": limit})
    # Each driving entry gives at least one row unless a filter drops it: without filters
    # a window of `limit` entries fills the page.
    narrowed = any(t.narrows for t in terms)
    budget = max(WINDOW, 4 * limit) if narrowed else limit
    arms = plan.arms(after, plan.alias)
    later: list[tuple[str, dict[str, Any]]] = []  # asked with the planner free to choose
    driver = _smallest(conn, terms, args, max(SMALL, limit)) if narrowed else None
    if driver is not None:
        later, arms = arms, []                    # a small filter: all of it, sorted
    scanned = hits = 0                            # driving entries read, rows they gave
    retried = False
    while arms and len(rows) < limit:
        arm, arm_args = arms.pop(0)
        found, end = _window(conn, plan, terms, arm, {**args, **arm_args}, limit - len(rows),
                             budget)
        rows += found
        hits += len(found)
        if len(rows) >= limit:
            break
        if end is None:      # the whole arm fitted in the window (so it was < budget)
            size = _arm_size(conn, plan, terms, arm, {**args, **arm_args}, budget)
            budget, scanned = budget - size, scanned + size
            continue
        scanned += budget
        # The window ended inside this arm. Once, a window sized from the density seen so
        # far (it stops as soon as the page is full); then the planner.
        need = (limit - len(rows)) * scanned // hits if hits else 0
        if not retried and 0 < need <= 8 * WINDOW:
            budget = min(8 * WINDOW, max(WINDOW, 4 * need))   # ample: the density varies
            arms, retried = plan.arms(end, plan.alias), True
            continue
        later = plan.arms(end, plan.alias)        # sparse: everything after the window
        break
    if later and len(rows) < limit:
        # One statement for all the arms: the filter's index drives it, and its rows (or
        # its full-text matches) are gathered once.
        arm = " OR ".join(f"({arm})" for arm, _ in later)
        arm_args = {k: v for _, more in later for k, v in more.items()}
        rows += _free(conn, plan, terms, f"({arm})", {**args, **arm_args}, limit - len(rows),
                      driver)
    return rows[:limit]


def _smallest(conn: Connection, terms: list[_Term], args: dict[str, Any],
              cap: int) -> _Term | None:
    """The filter admitting the fewest entries of its own index, if fewer than `cap`."""
    sizes = [(conn.execute(text(t.probe), {**args, "cap": cap}).scalar_one(), i)
             for i, t in enumerate(terms) if t.probe]
    size, index = min(sizes, default=(cap, -1))
    return terms[index] if size < cap else None


def _free(conn: Connection, plan: _Plan, terms: list[_Term], arm: str,
          args: dict[str, Any], limit: int, driver: _Term | None) -> list[dict[str, Any]]:
    """The planner chooses where to start; with a `driver`, only that filter's index is
    open to it (without statistics it may take a sort index and scan far)."""
    if driver is None:
        where = " AND ".join([arm] + [t.render(True) for t in terms])
    else:
        closed = arm.replace(f"{plan.alias}.", f"+{plan.alias}.")
        where = " AND ".join([closed] + [t.render(t is driver) for t in terms])
    return _select(conn, f"SELECT {COLUMNS}, {plan.key_cols} FROM {FROM} WHERE {where} "
                   f"ORDER BY {plan.order} LIMIT :limit", {**args, "limit": limit})


def _driving(plan: _Plan, terms: list[_Term], arm: str) -> tuple[str, str]:
    """The driving index range of an arm (alias w0), with the filters on its first column."""
    arm = arm.replace(f"{plan.alias}.", "w0.")
    own = [t.sql.format(c=t.column.replace(f"{plan.alias}.", "w0.")) for t in terms
           if plan.leading(t)]
    direction = " DESC" if plan.desc else ""
    order = ", ".join(f"w0.{col}{direction}" for col in plan.cols)
    return " AND ".join([arm, *own]), order


def _window(conn: Connection, plan: _Plan, terms: list[_Term], arm: str,
            args: dict[str, Any], limit: int, budget: int) -> tuple[list[dict[str, Any]],
                                                                  tuple | None]:
    """Rows of the first `budget` driving entries of the arm, and the key of the last entry
    when the arm goes on beyond the window (None: the window held all of it)."""
    where, order = _driving(plan, terms, arm)
    cols = ", ".join(f"w0.{col} AS w{i}" for i, col in enumerate(plan.cols))
    driving = (f"SELECT {cols} FROM {plan.table} w0 WHERE {where} ORDER BY {order} "
               f"LIMIT :budget")
    join = ("JOIN registrations r ON r.id = w.w{n} JOIN copies c ON c.registration_id = r.id"
            if plan.alias == "r" else
            "JOIN copies c ON c.id = w.w{n} JOIN registrations r ON r.id = c.registration_id")
    join = join.format(n=len(plan.cols) - 1)
    direction = " DESC" if plan.desc else ""
    order_out = ", ".join([f"w.w{i}{direction}" for i in range(len(plan.cols))] +
                          [k + direction for k in plan.tail])
    filters = " AND ".join(t.render(False) for t in terms)
    rows = _select(conn, f"SELECT {COLUMNS}, {plan.key_cols} FROM ({driving}) w {join} {USERS} "
                   f"WHERE {filters} ORDER BY {order_out} LIMIT :limit",
                   {**args, "budget": budget, "limit": limit})
    if len(rows) >= limit:
        return rows, None                         # not used: the page is full
    probe = conn.execute(text(f"SELECT {cols} FROM {plan.table} w0 WHERE {where} "
                              f"ORDER BY {order} LIMIT 1 OFFSET :last"),
                         {**args, "last": budget - 1}).first()
    return rows, tuple(probe) if probe is not None else None


def _arm_size(conn: Connection, plan: _Plan, terms: list[_Term], arm: str,
              args: dict[str, Any], cap: int) -> int:
    where, _ = _driving(plan, terms, arm)
    return conn.execute(text(f"SELECT count(*) FROM (SELECT 1 FROM {plan.table} w0 "
                             f"WHERE {where} LIMIT :cap)"), {**args, "cap": cap}).scalar_one()


def count(conn: Connection, scope: Scope, flt: RegisterFilter) -> int:
    """Copies admitted by the scope and the filter, reading indexes only where it can."""
    terms, args = _terms(scope, flt)
    where = " AND ".join(t.render(True) for t in terms)
    # When the filters need of the registration only its id and level, both come from a
    # narrow index (migration 0005; seekable by id, so safe in either join order); left
    # alone, the planner reads the wide rows. The level alone is counted on its own index.
    used = {"r.id" if t.free else t.column for t in terms if t.column.startswith("r.")}
    narrow = used <= {"r.id", "r.level_rank"} and any(
        t.column == "r.id" or t.free or t.column.startswith("c.") for t in terms)
    hint = " INDEXED BY ix_reg_rank" if narrow else ""
    return conn.execute(text(f"SELECT count(*) FROM copies c JOIN registrations r{hint} "
                             f"ON r.id = c.registration_id WHERE {where}"), args).scalar_one()


def row(conn: Connection, scope: Scope, copy_id: int) -> dict[str, Any] | None:
    """One copy's row if the scope admits it, else None (never says which rule refused)."""
    where, args = _where(scope, RegisterFilter())
    args["copy_id"] = copy_id
    found = conn.execute(text(f"SELECT {COLUMNS} FROM {FROM} WHERE {where} AND c.id = :copy_id"),
                         args).mappings().first()
    return dict(found) if found else None
