<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG" sourcelanguage="en">
<context>
    <name>ActDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New destruction act</source>
        <translation>Жаңы жок кылуу актысы</translation>
    </message>
    <message>
        <source>List the copies to destroy, the basis, the method and the commission. The act is saved as a draft; the commission signs it, the head approves it, and only then are the copies destroyed.</source>
        <translation>Жок кылына турган нускаларды, негизди, ыкманы жана комиссияны көрсөтүңүз. Акт долбоор катары сакталат; ага комиссия кол коёт, жетекчи бекитет, ушундан кийин гана нускалар жок кылынат.</translation>
    </message>
    <message>
        <source>Destruction act %1: draft</source>
        <translation>№ %1 жок кылуу актысы: долбоор</translation>
    </message>
    <message>
        <source>Change the draft. The act must be signed again after any change.</source>
        <translation>Долбоорду өзгөртүңүз. Ар кандай өзгөртүүдөн кийин актыга кайра кол коюлушу керек.</translation>
    </message>
    <message>
        <source>Saving withdraws the signatures already given (%1).</source>
        <translation>Сактоо буга чейин коюлган колдорду жокко чыгарат (%1).</translation>
    </message>
    <message>
        <source>Act &amp;date:</source>
        <translation>&amp;Актынын күнү:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Жок кылуу &amp;жери:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Негизи:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Н&amp;омери:</translation>
    </message>
    <message>
        <source>Da&amp;ted:</source>
        <translation>К&amp;үнү:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Ыкмасы:</translation>
    </message>
    <message>
        <source>How it rules out &amp;recovery:</source>
        <translation>Калыбына келтирүүнү кантип &amp;болтурбайт:</translation>
    </message>
    <message>
        <source>&amp;Chair of the commission:</source>
        <translation>Комиссиянын &amp;төрагасы:</translation>
    </message>
    <message>
        <source>M&amp;embers (at least two):</source>
        <translation>&amp;Мүчөлөрү (кеминде экөө):</translation>
    </message>
    <message>
        <source>Where the copies are destroyed, e.g. the registry&apos;s room</source>
        <translation>Нускалар жок кылына турган жер, мисалы, мамлекеттик сырларды коргоо бөлүмүнүн бөлмөсү</translation>
    </message>
    <message>
        <source>No. of the originator&apos;s notice or of the decision</source>
        <translation>Берген Тараптын билдирмесинин же чечимдин номери</translation>
    </message>
    <message>
        <source>e.g. the particles are no larger than 0.8 × 12 mm; the ash is stirred</source>
        <translation>мисалы, бөлүкчөлөр 0,8 × 12 ммден чоң эмес; күл аралаштырылат</translation>
    </message>
    <message>
        <source>Choose the method</source>
        <translation>Ыкманы тандаңыз</translation>
    </message>
    <message>
        <source>Choose the basis</source>
        <translation>Негизди тандаңыз</translation>
    </message>
    <message>
        <source>Choose the chair</source>
        <translation>Төраганы тандаңыз</translation>
    </message>
    <message>
        <source>Members of the commission</source>
        <translation>Комиссиянын мүчөлөрү</translation>
    </message>
    <message>
        <source>&amp;Save the draft</source>
        <translation>&amp;Долбоорду сактоо</translation>
    </message>
</context>
<context>
    <name>ActViewDialog</name>
    <message>
        <source>Print the destruction act</source>
        <translation>Жок кылуу актысын басып чыгаруу</translation>
    </message>
    <message>
        <source>Approve the act</source>
        <translation>Актыны бекитүү</translation>
    </message>
    <message>
        <source>Approve destruction act %1 (%2 copies) as the head of the organisation?</source>
        <translation>№ %1 жок кылуу актысын (%2 нуска) уюмдун жетекчиси катары бекитесизби?</translation>
    </message>
    <message>
        <source>Return the act to draft</source>
        <translation>Актыны долбоорго кайтаруу</translation>
    </message>
    <message>
        <source>Return destruction act %1 to draft? The signatures and the approval given are withdrawn; the act can then be corrected and signed again.</source>
        <translation>№ %1 жок кылуу актысын долбоорго кайтарасызбы? Коюлган колдор жана бекитүү жокко чыгарылат; андан кийин актыны оңдоп, кайра кол коюуга болот.</translation>
    </message>
    <message>
        <source>Execute the act</source>
        <translation>Актыны аткаруу</translation>
    </message>
    <message>
        <source>Execute destruction act %1? Its %2 copies will be marked destroyed in the register. This cannot be undone.</source>
        <translation>№ %1 жок кылуу актысын аткарасызбы? Андагы %2 нуска реестрде жок кылынган деп белгиленет. Бул аракетти артка кайтарууга болбойт.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1; confirmed by the chair %2 and the member %3</source>
        <translation>%1; ырастагандар: төрага %2 жана мүчө %3</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>кол коюла элек</translation>
    </message>
    <message>
        <source>Total: %1 copies, %2 sheets</source>
        <translation>Бардыгы: %1 нуска, %2 барак</translation>
    </message>
    <message>
        <source>Destruction act %1</source>
        <translation>№ %1 жок кылуу актысы</translation>
    </message>
    <message>
        <source>Destruction act No. %1 of %2</source>
        <translation>%2 датасындагы № %1 жок кылуу актысы</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Абалы:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Негизи:</translation>
    </message>
    <message>
        <source>Originator:</source>
        <translation>Маалымат булагы:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Жок кылуу жери:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Ыкмасы:</translation>
    </message>
    <message>
        <source>How it rules out recovery:</source>
        <translation>Калыбына келтирүүнү кантип болтурбайт:</translation>
    </message>
    <message>
        <source>Drawn up by:</source>
        <translation>Түзгөн:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Бекиткен:</translation>
    </message>
    <message>
        <source>Executed:</source>
        <translation>Аткарылган:</translation>
    </message>
    <message>
        <source>Co&amp;mmission:</source>
        <translation>Коми&amp;ссия:</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>&amp;Нускалар:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Кызмат орду</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Колу</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Каттоо номери</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Даражасы</translation>
    </message>
    <message>
        <source>Copy No.</source>
        <translation>Нуска №</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Барак саны</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Түзөтүү…</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Кол коюу…</translation>
    </message>
    <message>
        <source>Record &amp;paper signatures…</source>
        <translation>Кагаздагы колдорду &amp;белгилөө…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Бек&amp;итүү</translation>
    </message>
    <message>
        <source>Back to &amp;draft…</source>
        <translation>Долбоор&amp;го кайтаруу…</translation>
    </message>
    <message>
        <source>E&amp;xecute…</source>
        <translation>&amp;Аткаруу…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Басып &amp;чыгаруу…</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Login</source>
        <translation>Системага кирүү</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Системадан чыгуу</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Системага кирүүнүн ийгиликсиз аракети</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Сеансты бөгөттөө</translation>
    </message>
    <message>
        <source>Session unlocked</source>
        <translation>Сеансты бөгөттөн чыгаруу</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Колдонуучуну кошуу</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Колдонуучунун маалыматтарын өзгөртүү</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Эсептик жазууну өчүрүү</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Эсептик жазууну күйгүзүү</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Сырсөздү кайра орнотуу</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Сырсөздү өзгөртүү</translation>
    </message>
    <message>
        <source>User list viewed</source>
        <translation>Колдонуучулардын тизмесин көрүү</translation>
    </message>
    <message>
        <source>User card viewed</source>
        <translation>Колдонуучунун карточкасын көрүү</translation>
    </message>
    <message>
        <source>Expiring clearances viewed</source>
        <translation>Мөөнөтү бүтүп жаткан уруксаттарды көрүү</translation>
    </message>
    <message>
        <source>Store created</source>
        <translation>Маалымат базасын түзүү</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>Бүтүндүктү текшерүү</translation>
    </message>
    <message>
        <source>Store key changed</source>
        <translation>Маалымат базасынын ачкычын алмаштыруу</translation>
    </message>
    <message>
        <source>Store bound to the workstation</source>
        <translation>Маалымат базасын жумушчу станцияга байлоо</translation>
    </message>
    <message>
        <source>Store unbound from the workstation</source>
        <translation>Маалымат базасын жумушчу станциядан ажыратуу</translation>
    </message>
    <message>
        <source>Store moved to another workstation</source>
        <translation>Маалымат базасын башка жумушчу станцияга көчүрүү</translation>
    </message>
    <message>
        <source>Raw store key disclosed</source>
        <translation>Маалымат базасынын ачкычын ачык түрдө берүү</translation>
    </message>
    <message>
        <source>Backup started</source>
        <translation>Камдык көчүрмө түзүүнү баштоо</translation>
    </message>
    <message>
        <source>Backup written and verified</source>
        <translation>Камдык көчүрмөнү жазуу жана текшерүү</translation>
    </message>
    <message>
        <source>Store restored from a backup</source>
        <translation>Маалымат базасын камдык көчүрмөдөн калыбына келтирүү</translation>
    </message>
    <message>
        <source>Store brought up to a new version of Grif</source>
        <translation>Маалымат базасын Grif программасынын жаңы версиясына жаңыртуу</translation>
    </message>
    <message>
        <source>Security event: store file damaged</source>
        <translation>Маалыматтык коопсуздук окуясы: маалымат базасынын файлы бузулган</translation>
    </message>
    <message>
        <source>Security event: older copy of the store</source>
        <translation>Маалыматтык коопсуздук окуясы: маалымат базасынын эскирээк көчүрмөсү</translation>
    </message>
    <message>
        <source>Security event: journal chain broken</source>
        <translation>Маалыматтык коопсуздук окуясы: журналдын чынжыры бузулган</translation>
    </message>
    <message>
        <source>Security event: burst of failed logins</source>
        <translation>Маалыматтык коопсуздук окуясы: кыска убакытта системага кирүүнүн көп ийгиликсиз аракети</translation>
    </message>
    <message>
        <source>Security event acknowledged</source>
        <translation>Маалыматтык коопсуздук окуясы менен таанышууну ырастоо</translation>
    </message>
    <message>
        <source>Journal exported</source>
        <translation>Журналды экспорттоо</translation>
    </message>
    <message>
        <source>Journal viewed</source>
        <translation>Журналды көрүү</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Жөндөөлөрдү өзгөртүү</translation>
    </message>
    <message>
        <source>Recovery sheet printed</source>
        <translation>Калыбына келтирүү барагын басып чыгаруу</translation>
    </message>
    <message>
        <source>Register extract printed</source>
        <translation>Реестрден үзүндүнү басып чыгаруу</translation>
    </message>
    <message>
        <source>Copy card printed</source>
        <translation>Нусканын карточкасын басып чыгаруу</translation>
    </message>
    <message>
        <source>Receipt confirmation printed</source>
        <translation>Алгандыгын ырастоону басып чыгаруу</translation>
    </message>
    <message>
        <source>Carrier registered</source>
        <translation>Алып жүрүүчүнү каттоо</translation>
    </message>
    <message>
        <source>Register viewed</source>
        <translation>Реестрди көрүү</translation>
    </message>
    <message>
        <source>Registration looked up</source>
        <translation>Каттоону издөө</translation>
    </message>
    <message>
        <source>Copy card viewed</source>
        <translation>Нусканын карточкасын көрүү</translation>
    </message>
    <message>
        <source>Register exported</source>
        <translation>Реестрди экспорттоо</translation>
    </message>
    <message>
        <source>Carriers imported</source>
        <translation>Алып жүрүүчүлөрдү импорттоо</translation>
    </message>
    <message>
        <source>Copy issued</source>
        <translation>Нусканы берүү</translation>
    </message>
    <message>
        <source>Copy returned</source>
        <translation>Нусканы кайтаруу</translation>
    </message>
    <message>
        <source>Copy dispatched</source>
        <translation>Нусканы жөнөтүү</translation>
    </message>
    <message>
        <source>Receipt of a copy confirmed</source>
        <translation>Нусканы алгандыгын ырастоо</translation>
    </message>
    <message>
        <source>Marking change worked out</source>
        <translation>Жашыруундук грифин өзгөртүү планы эсептелди</translation>
    </message>
    <message>
        <source>Marking-change case opened</source>
        <translation>Жашыруундук грифин өзгөртүү боюнча ишти ачуу</translation>
    </message>
    <message>
        <source>Marking-change case viewed</source>
        <translation>Жашыруундук грифин өзгөртүү боюнча ишти көрүү</translation>
    </message>
    <message>
        <source>Marking-change cases listed</source>
        <translation>Жашыруундук грифин өзгөртүү боюнча иштердин тизмесин көрүү</translation>
    </message>
    <message>
        <source>Copy re-marked</source>
        <translation>Нусканын грифин кайра коюу</translation>
    </message>
    <message>
        <source>Marking-change case closed</source>
        <translation>Жашыруундук грифин өзгөртүү боюнча ишти жабуу</translation>
    </message>
    <message>
        <source>Copy request recorded</source>
        <translation>Көбөйтүүгө өтүнүчтү каттоо</translation>
    </message>
    <message>
        <source>Copying permitted</source>
        <translation>Көбөйтүүгө уруксат берүү</translation>
    </message>
    <message>
        <source>Copying refused</source>
        <translation>Көбөйтүүдөн баш тартуу</translation>
    </message>
    <message>
        <source>Copies made under a permission</source>
        <translation>Уруксат боюнча нускаларды даярдоо</translation>
    </message>
    <message>
        <source>Copy request viewed</source>
        <translation>Көбөйтүүгө өтүнүчтү көрүү</translation>
    </message>
    <message>
        <source>Copy requests listed</source>
        <translation>Көбөйтүүгө өтүнүчтөрдүн тизмесин көрүү</translation>
    </message>
    <message>
        <source>Marking-change act printed</source>
        <translation>Жашыруундук грифин өзгөртүү актысын басып чыгаруу</translation>
    </message>
    <message>
        <source>Copy request printed</source>
        <translation>Көбөйтүүгө өтүнүчтү басып чыгаруу</translation>
    </message>
    <message>
        <source>Destruction act drawn up</source>
        <translation>Жок кылуу актысын түзүү</translation>
    </message>
    <message>
        <source>Destruction act changed</source>
        <translation>Жок кылуу актысын өзгөртүү</translation>
    </message>
    <message>
        <source>Destruction act signed</source>
        <translation>Жок кылуу актысына кол коюу</translation>
    </message>
    <message>
        <source>Destruction act approved</source>
        <translation>Жок кылуу актысын бекитүү</translation>
    </message>
    <message>
        <source>Destruction act executed</source>
        <translation>Жок кылуу актысын аткаруу</translation>
    </message>
    <message>
        <source>Destruction act returned to draft</source>
        <translation>Жок кылуу актысы долбоорго кайтарылды</translation>
    </message>
    <message>
        <source>Destruction act viewed</source>
        <translation>Жок кылуу актысын көрүү</translation>
    </message>
    <message>
        <source>Destruction acts listed</source>
        <translation>Жок кылуу актыларынын тизмесин көрүү</translation>
    </message>
    <message>
        <source>Carriers sent back to the originator</source>
        <translation>Алып жүрүүчүлөрдү берген Тарапка кайтаруу</translation>
    </message>
    <message>
        <source>Return to the originator confirmed</source>
        <translation>Берген Тарапка кайтарууну ырастоо</translation>
    </message>
    <message>
        <source>Return list viewed</source>
        <translation>Кайтаруу тизмесин көрүү</translation>
    </message>
    <message>
        <source>Return lists listed</source>
        <translation>Кайтаруу тизмелеринин тизмесин көрүү</translation>
    </message>
    <message>
        <source>Inventory check started</source>
        <translation>Бар-жогун текшерүүнү баштоо</translation>
    </message>
    <message>
        <source>Copies found in a check</source>
        <translation>Текшерүүдө нускаларды табылды деп белгилөө</translation>
    </message>
    <message>
        <source>Copies marked missing in a check</source>
        <translation>Текшерүүдө нускаларды табылбаган деп белгилөө</translation>
    </message>
    <message>
        <source>Surplus item recorded in a check</source>
        <translation>Текшерүүдө ашыкча алып жүрүүчүнү каттоо</translation>
    </message>
    <message>
        <source>Inventory check finished</source>
        <translation>Бар-жогун текшерүүнү аяктоо</translation>
    </message>
    <message>
        <source>Inventory check viewed</source>
        <translation>Бар-жогун текшерүүнү көрүү</translation>
    </message>
    <message>
        <source>Inventory checks listed</source>
        <translation>Бар-жогун текшерүүлөрдүн тизмесин көрүү</translation>
    </message>
    <message>
        <source>Loss or disclosure case opened</source>
        <translation>Ачыкка чыгаруу же жоготуу фактысын каттоо</translation>
    </message>
    <message>
        <source>Internal investigation ordered</source>
        <translation>Кызматтык иликтөөнү дайындоо</translation>
    </message>
    <message>
        <source>Findings of an investigation recorded</source>
        <translation>Иликтөөнүн жыйынтыктарын каттоо</translation>
    </message>
    <message>
        <source>Loss or disclosure case viewed</source>
        <translation>Ачыкка чыгаруу же жоготуу фактысын көрүү</translation>
    </message>
    <message>
        <source>Loss and disclosure cases listed</source>
        <translation>Ачыкка чыгаруу жана жоготуу фактыларынын тизмесин көрүү</translation>
    </message>
    <message>
        <source>Destruction act printed</source>
        <translation>Жок кылуу актысын басып чыгаруу</translation>
    </message>
    <message>
        <source>Return list printed</source>
        <translation>Кайтаруу тизмесин басып чыгаруу</translation>
    </message>
    <message>
        <source>Inventory act printed</source>
        <translation>Бар-жогун текшерүү актысын басып чыгаруу</translation>
    </message>
    <message>
        <source>Monthly calculation index set</source>
        <translation>Айлык эсептик көрсөткүч белгиленди</translation>
    </message>
    <message>
        <source>Monthly calculation index removed</source>
        <translation>Айлык эсептик көрсөткүч өчүрүлдү</translation>
    </message>
    <message>
        <source>Notice to the Kyrgyz party recorded</source>
        <translation>Кыргыз Тарапка билдирме катталды</translation>
    </message>
    <message>
        <source>Damage assessment assigned</source>
        <translation>Зыянды аныктоо тапшырылды</translation>
    </message>
    <message>
        <source>Dossier commission changed</source>
        <translation>Иштин комиссиясы өзгөртүлдү</translation>
    </message>
    <message>
        <source>Secrecy degree established</source>
        <translation>Жашыруундук даражасы аныкталды</translation>
    </message>
    <message>
        <source>Damage indicator entered</source>
        <translation>Зыяндын көрсөткүчү киргизилди</translation>
    </message>
    <message>
        <source>Damage assessed</source>
        <translation>Зыян аныкталды</translation>
    </message>
    <message>
        <source>Conclusion agreed</source>
        <translation>Корутунду макулдашылды</translation>
    </message>
    <message>
        <source>Conclusion signed</source>
        <translation>Корутундуга кол коюлду</translation>
    </message>
    <message>
        <source>Conclusion approved</source>
        <translation>Корутунду бекитилди</translation>
    </message>
    <message>
        <source>Conclusion dispatched</source>
        <translation>Корутунду жөнөтүлдү</translation>
    </message>
    <message>
        <source>Owner read the conclusion</source>
        <translation>Ээси корутунду менен таанышты</translation>
    </message>
    <message>
        <source>File added to a dossier</source>
        <translation>Ишке файл кошулду</translation>
    </message>
    <message>
        <source>Dossier file opened</source>
        <translation>Иштин файлы ачылды</translation>
    </message>
    <message>
        <source>Dossier viewed</source>
        <translation>Иш каралды</translation>
    </message>
    <message>
        <source>Dossiers listed</source>
        <translation>Иштердин тизмеси каралды</translation>
    </message>
    <message>
        <source>Damage conclusion printed</source>
        <translation>Зыян жөнүндө корутунду басып чыгарылды</translation>
    </message>
    <message>
        <source>Visit request created</source>
        <translation>Сапар жөнүндө өтүнүчтү түзүү</translation>
    </message>
    <message>
        <source>Visit request changed</source>
        <translation>Сапар жөнүндө өтүнүчтү өзгөртүү</translation>
    </message>
    <message>
        <source>Visit request sent or received</source>
        <translation>Сапар жөнүндө өтүнүчтү жөнөтүү же алуу</translation>
    </message>
    <message>
        <source>Visit agreed</source>
        <translation>Сапарды макулдашуу</translation>
    </message>
    <message>
        <source>Visit refused</source>
        <translation>Сапардан баш тартуу</translation>
    </message>
    <message>
        <source>Visit cancelled</source>
        <translation>Сапарды жокко чыгаруу</translation>
    </message>
    <message>
        <source>Visit closed</source>
        <translation>Сапарды жабуу</translation>
    </message>
    <message>
        <source>Visit request viewed</source>
        <translation>Сапар жөнүндө өтүнүчтү көрүү</translation>
    </message>
    <message>
        <source>Visit requests listed</source>
        <translation>Сапар жөнүндө өтүнүчтөрдүн тизмесин көрүү</translation>
    </message>
    <message>
        <source>Visitors&apos; personal data viewed</source>
        <translation>Келүүчүлөрдүн жеке маалыматтарын көрүү</translation>
    </message>
    <message>
        <source>Visit request printed</source>
        <translation>Сапар жөнүндө өтүнүчтү басып чыгаруу</translation>
    </message>
    <message>
        <source>Contract registered</source>
        <translation>Келишимди каттоо</translation>
    </message>
    <message>
        <source>Contract changed</source>
        <translation>Келишимди өзгөртүү</translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation>Келишимдин колдонулушун токтотуу</translation>
    </message>
    <message>
        <source>Registration linked to a contract</source>
        <translation>Каттоону келишимге байланыштыруу</translation>
    </message>
    <message>
        <source>Contract viewed</source>
        <translation>Келишимди көрүү</translation>
    </message>
    <message>
        <source>Contracts listed</source>
        <translation>Келишимдердин тизмесин көрүү</translation>
    </message>
    <message>
        <source>Copy sent to the Kyrgyz party</source>
        <translation>Нусканы Кыргыз Тарапка жөнөтүү</translation>
    </message>
    <message>
        <source>Demo register filled</source>
        <translation>Реестрди демонстрациялык маалыматтар менен толтуруу</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add a member to the commission of dossier %1</source>
        <translation>№ %1 иштин комиссиясына мүчө кошуу</translation>
    </message>
    <message>
        <source>Every participant holds a valid clearance of the form the information requires (p.5).</source>
        <translation>Ар бир катышуучунун маалымат талап кылган формадагы жарактуу уруксаты болушу керек (5-пункт).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ролу:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Адам:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Ко&amp;шуу</translation>
    </message>
</context>
<context>
    <name>AddOutsiderDialog</name>
    <message>
        <source>Invite a person to the commission of dossier %1</source>
        <translation>№ %1 иштин комиссиясына адамды чакыруу</translation>
    </message>
    <message>
        <source>A person without an account in Grif: their clearance as shown on paper is checked too (p.5). They sign the conclusion on paper.</source>
        <translation>Grif программасында эсептик жазуусу жок адам: анын кагаз документте көрсөтүлгөн уруксаты да текшерилет (5-пункт). Ал корутундуга кагазда кол коёт.</translation>
    </message>
    <message>
        <source>Form %1</source>
        <translation>%1-форма</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ролу:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөнү:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Кызмат орду:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Уюм:</translation>
    </message>
    <message>
        <source>Clearance &amp;form:</source>
        <translation>Уруксаттын &amp;формасы:</translation>
    </message>
    <message>
        <source>Clearance &amp;No.:</source>
        <translation>Уруксаттын &amp;номери:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Жарактуулук мөөнөтү:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Ко&amp;шуу</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>This section is for administrators.</source>
        <translation>Бул бөлүм администраторлор үчүн.</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Колдонуучулар</translation>
    </message>
    <message>
        <source>E&amp;xpiring clearances</source>
        <translation>&amp;Мөөнөтү бүтүп жаткан уруксаттар</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Уюм</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Жөндөөлөр</translation>
    </message>
    <message>
        <source>&amp;MCI</source>
        <translation>&amp;АЭК</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Кам&amp;дык көчүрмөлөр</translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <source>Agreement of the conclusion: dossier %1</source>
        <translation>Корутундуну макулдашуу: № %1 иш</translation>
    </message>
    <message>
        <source>The head has no authority over state secrets: the conclusion is agreed with the body that has it before the commission signs (p.11).</source>
        <translation>Жетекчинин мамлекеттик сырларды тескөө ыйгарым укугу жок: корутунду комиссия кол койгонго чейин ушундай ыйгарым укугу бар орган менен макулдашылат (11-пункт).</translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation>Макулдашылган &amp;орган:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Номери:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Күнү:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Ка&amp;ттоо</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer to visit request %1</source>
        <translation>Сапар жөнүндө № %1 өтүнүчкө жооп</translation>
    </message>
    <message>
        <source>Request %1 of %2. A refused visit is final; an agreed one is closed once it has taken place.</source>
        <translation>%2 датасындагы № %1 өтүнүч. Сапардан баш тартуу акыркы чечим болуп саналат; макулдашылган сапар ал өткөндөн кийин жабылат.</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Жообу:</translation>
    </message>
    <message>
        <source>&amp;Agreed</source>
        <translation>&amp;Макулдашылды</translation>
    </message>
    <message>
        <source>Re&amp;fused</source>
        <translation>&amp;Баш тартылды</translation>
    </message>
    <message>
        <source>&amp;Reference of the answer:</source>
        <translation>Жооптун &amp;номери:</translation>
    </message>
    <message>
        <source>Date of the &amp;answer:</source>
        <translation>Жооптун к&amp;үнү:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Каттоо</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Assess the damage: dossier %1</source>
        <translation>Зыяндын өлчөмүн аныктоо: № %1 иш</translation>
    </message>
    <message>
        <source>The information belongs to the Kyrgyz party: the damage is assessed under its law (Agreement, article 12 item 2). Record its assessment.</source>
        <translation>Маалымат Кыргыз Тарапка таандык: зыяндын өлчөмү анын мыйзамдарына ылайык аныкталат (Макулдашуу, 12-берене, 2-пункт). Кыргыз Тараптын баалоосун каттаңыз.</translation>
    </message>
    <message>
        <source>By a methodology, the amount is the total of the indicators; without one, the amount is set from the range of p.10 for the degree established.</source>
        <translation>Методика боюнча аныктоодо зыяндын өлчөмү көрсөткүчтөрдүн жыйындысына барабар; методика жок болсо, өлчөм аныкталган даража үчүн 10-пунктта белгиленген чектердин ичинде белгиленет.</translation>
    </message>
    <message>
        <source>&amp;No methodology: the range of p.10</source>
        <translation>М&amp;етодикасыз: 10-пункттагы чектер</translation>
    </message>
    <message>
        <source>By a &amp;methodology</source>
        <translation>&amp;Методика боюнча</translation>
    </message>
    <message>
        <source>The lost document existed in a &amp;single copy</source>
        <translation>Жоголгон документ &amp;бир гана нускада болгон</translation>
    </message>
    <message>
        <source>Assessed:</source>
        <translation>Аныктоо ыкмасы:</translation>
    </message>
    <message>
        <source>Allowed:</source>
        <translation>Жол берилген чек:</translation>
    </message>
    <message>
        <source>MCI &amp;date named by a court order:</source>
        <translation>Соттун токтомунда көрсөтүлгөн АЭК &amp;датасы:</translation>
    </message>
    <message>
        <source>That &amp;order:</source>
        <translation>Ошол &amp;токтом:</translation>
    </message>
    <message>
        <source>Final &amp;amount, MCI:</source>
        <translation>Зыяндын түпкү &amp;өлчөмү, АЭК:</translation>
    </message>
    <message>
        <source>Methodology &amp;name:</source>
        <translation>Методиканын &amp;аталышы:</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Бек&amp;иткен:</translation>
    </message>
    <message>
        <source>Total of the indicators:</source>
        <translation>Көрсөткүчтөрдүн жыйындысы:</translation>
    </message>
    <message>
        <source>Kyrgyz party&apos;s &amp;reference:</source>
        <translation>Кыргыз Тараптын документинин &amp;номери:</translation>
    </message>
    <message>
        <source>Its a&amp;mount:</source>
        <translation>Ал аныктаган &amp;сумма:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;Other matters:</source>
        <translation>Ба&amp;шка маселелер:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Каттоо</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>%1 — %2 found %3 (%4)</source>
        <translation>%1 — %2, аныкталган күнү %3 (%4)</translation>
    </message>
    <message>
        <source>Assign a damage assessment</source>
        <translation>Зыяндын өлчөмүн аныктоону тапшыруу</translation>
    </message>
    <message>
        <source>The head of the organisation assigns the assessment of the damage from a loss or disclosure (or claimed by the owner of an information source) to a commission. The commission works at most 30 days.</source>
        <translation>Уюмдун жетекчиси жоготуудан же ачыкка чыгаруудан келтирилген (же маалымат булагынын ээси талап кылган) зыяндын өлчөмүн аныктоону комиссияга тапшырат. Комиссия 30 күндөн ашпаган мөөнөттө иштейт.</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>&amp;Түрү:</translation>
    </message>
    <message>
        <source>Loss or disclosure &amp;case:</source>
        <translation>Ачыкка чыгаруу же жоготуу &amp;фактысы:</translation>
    </message>
    <message>
        <source>&amp;Owner of the source:</source>
        <translation>Маалымат булагынын &amp;ээси:</translation>
    </message>
    <message>
        <source>&amp;Level of the information:</source>
        <translation>Маалыматтын &amp;даражасы:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Негизи:</translation>
    </message>
    <message>
        <source>Basis &amp;reference:</source>
        <translation>Негиздин н&amp;омери:</translation>
    </message>
    <message>
        <source>Basis &amp;dated:</source>
        <translation>Негиздин &amp;күнү:</translation>
    </message>
    <message>
        <source>Assi&amp;gned on:</source>
        <translation>Тапшыры&amp;лган күнү:</translation>
    </message>
    <message>
        <source>&amp;Materials reached the commission on:</source>
        <translation>&amp;Материалдар комиссияга келген күн:</translation>
    </message>
    <message>
        <source>Co&amp;mmission:</source>
        <translation>Коми&amp;ссия:</translation>
    </message>
    <message>
        <source>Head&apos;s order &amp;No.:</source>
        <translation>Жетекчинин &amp;буйругунун номери:</translation>
    </message>
    <message>
        <source>Order da&amp;ted:</source>
        <translation>Буйруктун к&amp;үнү:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Корутунду түзүлгөн &amp;жер:</translation>
    </message>
    <message>
        <source>The &amp;head has authority over state secrets (otherwise the conclusion is agreed with the body that has it)</source>
        <translation>Жетекчинин мамлекеттик сырларды тескөө ыйгарым &amp;укугу бар (антпесе корутунду ушундай ыйгарым укугу бар орган менен макулдашылат)</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>Т&amp;апшыруу</translation>
    </message>
</context>
<context>
    <name>AuditJournalPage</name>
    <message>
        <source>All actions</source>
        <translation>Бардык аракеттер</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Колдонуучу:</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Бардык колдонуучулар</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Аракет:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Объект:</translation>
    </message>
    <message>
        <source>Text in the object (Ctrl+F)</source>
        <translation>Объекттеги текст (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Башталышы:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>А&amp;ягы:</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>каалаган күн</translation>
    </message>
    <message>
        <source>Any start date</source>
        <translation>Каалаган башталыш күнү</translation>
    </message>
    <message>
        <source>Any end date</source>
        <translation>Каалаган аяктоо күнү</translation>
    </message>
    <message>
        <source>Apply (F5)</source>
        <translation>Колдонуу (F5)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Тазалоо</translation>
    </message>
    <message>
        <source>Show the records that match</source>
        <translation>Шарттарга туура келген жазууларды көрсөтүү</translation>
    </message>
    <message>
        <source>the record was changed, inserted or reordered</source>
        <translation>жазуу өзгөртүлгөн, кыстарылган же анын орду алмаштырылган</translation>
    </message>
    <message>
        <source>records before it were removed</source>
        <translation>андан мурунку жазуулар өчүрүлгөн</translation>
    </message>
    <message>
        <source>the record is out of order</source>
        <translation>жазуунун ирети бузулган</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n жазуу</numerusform>
            <numerusform>%n жазуу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1</source>
        <translation>
            <numerusform>%n жазуу экспорттолду: %1</numerusform>
            <numerusform>%n жазуу экспорттолду: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the journal chain…</source>
        <translation>Журналдын чынжыры текшерилүүдө…</translation>
    </message>
    <message>
        <source>Journal check</source>
        <translation>Журналды текшерүү</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Журналды экспорттоо</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>JSON саптары (*.jsonl);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Exporting the journal…</source>
        <translation>Журнал экспорттолууда…</translation>
    </message>
    <message>
        <source>Counting records…</source>
        <translation>Жазуулар саналууда…</translation>
    </message>
    <message>
        <source>The journal is intact: %1 records checked.</source>
        <translation>Журнал бүтүн: %1 жазуу текшерилди.</translation>
    </message>
    <message>
        <source>The journal is broken at record %1: %2</source>
        <translation>Журналдын бүтүндүгү %1 номерлүү жазууда бузулган: %2</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Окуяларды каттоо журналы</translation>
    </message>
    <message>
        <source>Journal records</source>
        <translation>Журналдын жазуулары</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Чынжырды &amp;текшерүү</translation>
    </message>
    <message>
        <source>Check that no record was changed, removed or inserted</source>
        <translation>Эч бир жазуу өзгөртүлбөгөнүн, өчүрүлбөгөнүн же кыстарылбаганын текшерүү</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттоо…</translation>
    </message>
    <message>
        <source>Save the records shown as JSON lines</source>
        <translation>Көрсөтүлгөн жазууларды JSON саптары катары сактоо</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Make one in Administration → Backups.</source>
        <translation>Аны «Администрлөө → Камдык көчүрмөлөр» бөлүмүндө түзүңүз.</translation>
    </message>
    <message>
        <source>No verified backup of this register has been made yet.</source>
        <translation>Бул реестрдин текшерилген камдык көчүрмөсү али түзүлө элек.</translation>
    </message>
    <message numerus="yes">
        <source>The last verified backup is %n day(s) old (made %1; the reminder is set to %2 days).</source>
        <translation>
            <numerusform>Акыркы текшерилген камдык көчүрмө түзүлгөндөн бери %n күн өттү (түзүлгөн убактысы: %1; эскертүү мөөнөтү: %2 күн).</numerusform>
            <numerusform>Акыркы текшерилген камдык көчүрмө түзүлгөндөн бери %n күн өттү (түзүлгөн убактысы: %1; эскертүү мөөнөтү: %2 күн).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>&amp;Make a backup…</source>
        <translation>Камдык көчүрмөнү &amp;түзүү…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Камдык көчүрмөдөн &amp;калыбына келтирүү…</translation>
    </message>
    <message>
        <source>A backup is a new folder with the encrypted register, its key file and a manifest. The same passwords and the recovery code open it. It counts only after it was read back and checked. Keep the medium as a carrier of the register&apos;s highest level.</source>
        <translation>Камдык көчүрмө — шифрленген реестр, анын ачкыч файлы жана манифест жазылган жаңы папка. Ал ошол эле сырсөздөр жана калыбына келтирүү коду менен ачылат. Камдык көчүрмө кайра окулуп, текшерилгенден кийин гана эсепке алынат. Алып жүрүүчүнү реестрдеги эң жогорку жашыруундук даражасындагы алып жүрүүчү катары сактаңыз.</translation>
    </message>
    <message>
        <source>No verified backup of this register has been made yet.</source>
        <translation>Бул реестрдин текшерилген камдык көчүрмөсү али түзүлө элек.</translation>
    </message>
    <message>
        <source>Last verified backup: %1 by %2, %3 copies, in %4</source>
        <translation>Акыркы текшерилген камдык көчүрмө: %1, түзгөн: %2, нускалар: %3, жайгашкан жери: %4</translation>
    </message>
    <message>
        <source>Where to write the backup (a folder or removable medium)</source>
        <translation>Камдык көчүрмө кайда жазылат (папка же алынма алып жүрүүчү)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Камдык көчүрмөлөр</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Камдык көчүрмө жазылууда жана текшерилүүдө…</translation>
    </message>
    <message>
        <source>Done: the backup was written and checked (%1 copies, %2 journal records, %3 s) in %4.</source>
        <translation>Даяр: камдык көчүрмө жазылды жана текшерилди (нускалар: %1, журналдын жазуулары: %2, %3 сек.). Жайгашкан жери: %4.</translation>
    </message>
    <message>
        <source>The register was restored from the backup. Log in again.</source>
        <translation>Реестр камдык көчүрмөдөн калыбына келтирилди. Системага кайра кириңиз.</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel visit request %1</source>
        <translation>Сапар жөнүндө № %1 өтүнүчтү жокко чыгаруу</translation>
    </message>
    <message>
        <source>The request (%1) is withdrawn for good: it cannot be sent, answered or closed afterwards.</source>
        <translation>Өтүнүч (абалы: %1) биротоло жокко чыгарылат: андан кийин аны жөнөтүүгө, ага жооп каттоого же аны жабууга болбойт.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себеби:</translation>
    </message>
    <message>
        <source>Cancel the &amp;visit</source>
        <translation>Сап&amp;арды жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>CarrierKind</name>
    <message>
        <source>Paper document</source>
        <translation>Кагаз документ</translation>
    </message>
    <message>
        <source>Electronic medium</source>
        <translation>Электрондук алып жүрүүчү</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Буюм</translation>
    </message>
    <message>
        <source>Other object</source>
        <translation>Башка объект</translation>
    </message>
</context>
<context>
    <name>CaseViewDialog</name>
    <message>
        <source>Print the act of the marking change</source>
        <translation>Жашыруундук грифин өзгөртүү актысын басып чыгаруу</translation>
    </message>
    <message>
        <source>Recipient&apos;s confirmation</source>
        <translation>Алуучунун ырастоосу</translation>
    </message>
    <message>
        <source>%1, copy No. %2 was sent to %3. Reference of their confirmation that it is re-marked:</source>
        <translation>%1, № %2 нуска жөнөтүлгөн: %3. Нусканын грифи кайра коюлгандыгы тууралуу алуучунун ырастоосунун номери жана күнү:</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Ишти жабуу</translation>
    </message>
    <message>
        <source>Close case %1? The registrations take the new level (%2); the old level stays in their history.</source>
        <translation>№ %1 ишти жабасызбы? Каттоолорго жаңы даража (%2) ыйгарылат; мурунку даража алардын тарыхында сакталат.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 датасындагы %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, No. %2 of %3</source>
        <translation>%1, %3 датасындагы № %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Marking-change case %1</source>
        <translation>Жашыруундук грифин өзгөртүү боюнча иш № %1</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Иш № %1: %2</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Билдирме:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Алынган күнү:</translation>
    </message>
    <message>
        <source>Other Party&apos;s agreement:</source>
        <translation>Башка Тараптын макулдугу:</translation>
    </message>
    <message>
        <source>Originator:</source>
        <translation>Маалымат булагы:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Өзгөртүү:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Эреже:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Мөөнөтү:</translation>
    </message>
    <message>
        <source>Time to the deadline:</source>
        <translation>Мөөнөткө чейин:</translation>
    </message>
    <message>
        <source>Opened by:</source>
        <translation>Ачкан:</translation>
    </message>
    <message>
        <source>Confirmed by:</source>
        <translation>Ырастаган:</translation>
    </message>
    <message>
        <source>Closed by:</source>
        <translation>Жапкан:</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Каттоо</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Нуска</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Кайда</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Тапшырма</translation>
    </message>
    <message>
        <source>Re-marked by</source>
        <translation>Грифин кайра койгон</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>&amp;Mark as re-marked</source>
        <translation>Грифи кайра коюлду деп &amp;белгилөө</translation>
    </message>
    <message>
        <source>Close the &amp;case…</source>
        <translation>Ишти &amp;жабуу…</translation>
    </message>
    <message>
        <source>&amp;Print act…</source>
        <translation>Актыны басып &amp;чыгаруу…</translation>
    </message>
</context>
<context>
    <name>ChangeOwnPasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Сырсөзүмдү өзгөртүү</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Учурдагы сырсөз</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Жаңы сырсөз</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>Жаңы сырсөздү &amp;кайталаңыз</translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation>кеминде 12 белги</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Өзгөртүү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type them again.</source>
        <translation>Эки жаңы сырсөз бири-бирине дал келбейт. Аларды кайра териңиз.</translation>
    </message>
    <message>
        <source>The current password is wrong, or the account has been disabled.</source>
        <translation>Учурдагы сырсөз туура эмес, же эсептик жазуу өчүрүлгөн.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Diplomatic channels</source>
        <translation>Дипломатиялык каналдар</translation>
    </message>
    <message>
        <source>Encrypted documentary communication</source>
        <translation>Шифрленген документтик байланыш</translation>
    </message>
    <message>
        <source>Courier service</source>
        <translation>Фельдъегердик кызмат</translation>
    </message>
    <message>
        <source>Military courier service</source>
        <translation>Аскердик-курьердик кызмат</translation>
    </message>
</context>
<context>
    <name>CheckItemsModel</name>
    <message>
        <source>Reg. No.</source>
        <translation>Каттоо №</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Нуска</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Даражасы</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Барак саны</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Жооптуу адам</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Сакталган жери</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Натыйжа</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message numerus="yes">
        <source>Mark the %n remaining unchecked copy(ies) missing? Each one opens a loss case when the check is finished.</source>
        <translation>
            <numerusform>Текшерилбей калган %n нусканы табылбаган деп белгилейсизби? Текшерүү аяктаганда ар бир нуска боюнча жоготуу фактысы катталат.</numerusform>
            <numerusform>Текшерилбей калган %n нусканы табылбаган деп белгилейсизби? Текшерүү аяктаганда ар бир нуска боюнча жоготуу фактысы катталат.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) marked missing.</source>
        <translation>
            <numerusform>%n нуска табылбаган деп белгиленди.</numerusform>
            <numerusform>%n нуска табылбаган деп белгиленди.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the inventory act</source>
        <translation>Бар-жогун текшерүү актысын басып чыгаруу</translation>
    </message>
    <message>
        <source>Inventory check</source>
        <translation>Бар-жогун текшерүү</translation>
    </message>
    <message>
        <source>%1 is not among the copies this check expects. Is it here? Record it as a surplus item?</source>
        <translation>Бул текшерүүдө күтүлгөн нускалардын арасында %1 жок. Ал ушул жерде барбы? Аны ашыкча алып жүрүүчү катары каттайсызбы?</translation>
    </message>
    <message>
        <source>%1: found</source>
        <translation>%1: табылды</translation>
    </message>
    <message>
        <source>Marking copies missing…</source>
        <translation>Нускалар табылбаган деп белгиленүүдө…</translation>
    </message>
    <message>
        <source>The surplus item is recorded.</source>
        <translation>Ашыкча алып жүрүүчү катталды.</translation>
    </message>
    <message>
        <source>Finish check %1? Found: %2, missing: %3, surplus: %4. Each missing copy opens a loss case and is recorded as lost. A finished check cannot be changed.</source>
        <translation>№ %1 текшерүүнү аяктайсызбы? Табылган: %2, табылбаган: %3, ашыкча: %4. Табылбаган ар бир нуска боюнча жоготуу фактысы катталат жана нуска жоголгон деп белгиленет. Аяктаган текшерүүнү өзгөртүүгө болбойт.</translation>
    </message>
    <message>
        <source>The check is finished. Loss cases opened: %1.</source>
        <translation>Текшерүү аяктады. Катталган жоготуу фактылары: %1.</translation>
    </message>
    <message>
        <source>The check is finished. Nothing is missing: no loss case.</source>
        <translation>Текшерүү аяктады. Табылбаган нуска жок: жоготуу фактысы катталган жок.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (copies of %2)</source>
        <translation>%1 (жооптуу адам: %2)</translation>
    </message>
    <message>
        <source>Chair: %1. Members: %2.</source>
        <translation>Төрага: %1. Мүчөлөр: %2.</translation>
    </message>
    <message>
        <source>Inventory check %1: %2</source>
        <translation>Бар-жогун текшерүү № %1: %2</translation>
    </message>
    <message>
        <source>Inventory check %1</source>
        <translation>Бар-жогун текшерүү № %1</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрү:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Абал боюнча күн:</translation>
    </message>
    <message>
        <source>Commission:</source>
        <translation>Комиссия:</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Саны:</translation>
    </message>
    <message>
        <source>Loss cases opened:</source>
        <translation>Катталган жоготуу фактылары:</translation>
    </message>
    <message>
        <source>&amp;Registration / copy No.:</source>
        <translation>&amp;Каттоо / нуска №:</translation>
    </message>
    <message>
        <source>e.g. 12с/2026 / 3, then Enter: the copy is found</source>
        <translation>мисалы, 12с/2026 / 3, андан кийин Enter: нуска табылды деп белгиленет</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Кө&amp;рсөтүү:</translation>
    </message>
    <message>
        <source>All copies</source>
        <translation>Бардык нускалар</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Текшериле элек</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Табылган</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Табылбаган</translation>
    </message>
    <message>
        <source>Mark selected &amp;found</source>
        <translation>Тандалгандарды &amp;табылды деп белгилөө</translation>
    </message>
    <message>
        <source>Mark selected &amp;missing</source>
        <translation>Тандалгандарды табыл&amp;баган деп белгилөө</translation>
    </message>
    <message>
        <source>Mark all &amp;remaining missing…</source>
        <translation>Калган&amp;дардын баарын табылбаган деп белгилөө…</translation>
    </message>
    <message>
        <source>S&amp;urplus item…</source>
        <translation>&amp;Ашыкча алып жүрүүчү…</translation>
    </message>
    <message>
        <source>F&amp;inish…</source>
        <translation>А&amp;яктоо…</translation>
    </message>
    <message>
        <source>&amp;Print act…</source>
        <translation>Актыны басып &amp;чыгаруу…</translation>
    </message>
    <message>
        <source>Copies the check expects</source>
        <translation>Текшерүүдө күтүлгөн нускалар</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Абал боюнча күн</translation>
    </message>
    <message>
        <source>Commission chair</source>
        <translation>Комиссиянын төрагасы</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Күтүлгөн</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Табылган</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Табылбаган</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Текшерилбеген</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Ашыкча</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>%1 is copied; the clipboard will be cleared in %2 seconds.</source>
        <translation>Көчүрүлдү: %1; алмашуу буфери %2 секунддан кийин тазаланат.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close visit %1</source>
        <translation>№ %1 сапарды жабуу</translation>
    </message>
    <message>
        <source>Visit of %1. Say for every visitor whether they came; those who came were registered on arrival (S001 a.10 p.3). Nothing above «%2» may have been shown.</source>
        <translation>Сапар: %1. Ар бир келүүчү келген-келбегенин көрсөтүңүз; келгендер келген учурда катталган (S001, 10-берене, 3-пункт). «%2» даражасынан жогору маалымат көрсөтүлбөшү керек эле.</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Келүүчү</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Келди</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Катталган күнү</translation>
    </message>
    <message>
        <source>Registration record</source>
        <translation>Каттоо жазуусу</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Эскертүү:</translation>
    </message>
    <message>
        <source>Required when nothing was shown</source>
        <translation>Эч нерсе көрсөтүлбөсө, толтуруу милдеттүү</translation>
    </message>
    <message>
        <source>&amp;Close the visit</source>
        <translation>Сапарды жа&amp;буу</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Keep at least one column.</source>
        <translation>Жок дегенде бир мамычаны калтырыңыз.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Мамычалар</translation>
    </message>
    <message>
        <source>Tick the columns to show (Space) and put them in order (Alt+Up, Alt+Down).</source>
        <translation>Көрсөтүлө турган мамычаларды белгилеңиз (Space) жана алардын иретин аныктаңыз (Alt+Up, Alt+Down).</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Өйдө</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>&amp;Ылдый</translation>
    </message>
</context>
<context>
    <name>CommissionPanel</name>
    <message>
        <source>Remove a participant</source>
        <translation>Катышуучуну алып салуу</translation>
    </message>
    <message>
        <source>Remove %1 from the commission of dossier %2?</source>
        <translation>№ %2 иштин комиссиясынын курамынан алып саласызбы: %1?</translation>
    </message>
    <message>
        <source>Co&amp;mmission:</source>
        <translation>Коми&amp;ссия:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Position, organisation</source>
        <translation>Кызмат орду, уюм</translation>
    </message>
    <message>
        <source>Clearance form</source>
        <translation>Уруксаттын формасы</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Колу</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Мүчө к&amp;ошуу…</translation>
    </message>
    <message>
        <source>Add &amp;invited person…</source>
        <translation>Чакырылган адамды ко&amp;шуу…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Алып са&amp;луу</translation>
    </message>
    <message>
        <source>C&amp;hair absent / present</source>
        <translation>Тө&amp;рага жок / бар</translation>
    </message>
</context>
<context>
    <name>CommissionPicker</name>
    <message>
        <source>&amp;Add</source>
        <translation>Ко&amp;шуу</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Алып са&amp;луу</translation>
    </message>
    <message>
        <source>Make c&amp;hair</source>
        <translation>&amp;Төрага кылуу</translation>
    </message>
    <message>
        <source>%1 — chair</source>
        <translation>%1 — төрага</translation>
    </message>
    <message>
        <source>Commission: the first one chairs it</source>
        <translation>Комиссия: биринчиси төрагалык кылат</translation>
    </message>
</context>
<context>
    <name>ContactsTable</name>
    <message>
        <source>People to &amp;meet:</source>
        <translation>Жолугушуу пландалган &amp;адамдар:</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Адамды к&amp;ошуу</translation>
    </message>
    <message>
        <source>Remove p&amp;erson</source>
        <translation>Адамды алы&amp;п салуу</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>New contract</source>
        <translation>Жаңы келишим</translation>
    </message>
    <message>
        <source>Contract %1: changes</source>
        <translation>№ %1 келишим: өзгөртүүлөр</translation>
    </message>
    <message>
        <source>A contract between the authorised bodies that involves classified information has a separate section (S001 a.7). A change replaces the section as a whole.</source>
        <translation>Ыйгарым укуктуу органдардын ортосундагы жашыруун маалыматка тиешелүү келишимдин өзүнчө бөлүмү болот (S001, 7-берене). Өзгөртүү киргизилгенде бул бөлүм толугу менен алмаштырылат.</translation>
    </message>
    <message>
        <source>Contract &amp;No.:</source>
        <translation>Келишимдин &amp;номери:</translation>
    </message>
    <message>
        <source>Da&amp;te signed:</source>
        <translation>Кол коюлган &amp;күнү:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Ка&amp;чанга чейин күчүндө:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Предмети:</translation>
    </message>
    <message>
        <source>&amp;Our authorised body:</source>
        <translation>&amp;Биздин ыйгарым укуктуу орган:</translation>
    </message>
    <message>
        <source>&amp;Kyrgyz party&apos;s authorised body:</source>
        <translation>Кыргыз Тараптын ыйгарым укуктуу &amp;органы:</translation>
    </message>
    <message>
        <source>List of classified information:</source>
        <translation>Жашыруун маалыматтардын тизмеси:</translation>
    </message>
    <message>
        <source>Specifics of &amp;protection:</source>
        <translation>Коргоонун &amp;өзгөчөлүктөрү:</translation>
    </message>
    <message>
        <source>Order of resolving d&amp;isputes and compensating damage:</source>
        <translation>&amp;Талаштуу маселелерди чечүү жана зыяндын ордун толтуруу тартиби:</translation>
    </message>
    <message>
        <source>Separate section (S001 a.7)</source>
        <translation>Өзүнчө бөлүм (S001, 7-берене)</translation>
    </message>
    <message>
        <source>How the information is protected under this contract</source>
        <translation>Ушул келишим боюнча маалымат кантип корголот</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
</context>
<context>
    <name>ContractViewDialog</name>
    <message>
        <source>Registration No.</source>
        <translation>Каттоо номери</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Даражасы</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Нускалар</translation>
    </message>
    <message>
        <source>Originator&apos;s No.</source>
        <translation>Берген Тараптын номери</translation>
    </message>
    <message>
        <source>Incoming No.</source>
        <translation>Кирүүчү номер</translation>
    </message>
    <message>
        <source>Registration / copy</source>
        <translation>Каттоо / нуска</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Жөнөтүлгөн күнү</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кимге</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Recipient&apos;s confirmation</source>
        <translation>Алуучунун ырастоосу</translation>
    </message>
    <message>
        <source>Large carrier</source>
        <translation>Ири көлөмдүү алып жүрүүчү</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Алгандыгын ырастоо</translation>
    </message>
    <message numerus="yes">
        <source>%n more registration(s) above your clearance</source>
        <translation>
            <numerusform>Сиздин уруксатыңыздан жогору дагы %n каттоо</numerusform>
            <numerusform>Сиздин уруксатыңыздан жогору дагы %n каттоо</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 датасындагы %1</translation>
    </message>
    <message>
        <source>transport: %1; route: %2; escort: %3</source>
        <translation>ташуу ыкмасы: %1; багыты: %2; коштоп жүрүү: %3</translation>
    </message>
    <message>
        <source>awaiting receipt</source>
        <translation>алгандыгын ырастоо күтүлүүдө</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 / copy %2</source>
        <translation>%1 / № %2 нуска</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>чектелген эмес</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>№ %1 келишим</translation>
    </message>
    <message>
        <source>Contract No. %1 of %2</source>
        <translation>%2 датасындагы № %1 келишим</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Абалы:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Предмети:</translation>
    </message>
    <message>
        <source>Our authorised body:</source>
        <translation>Биздин ыйгарым укуктуу орган:</translation>
    </message>
    <message>
        <source>Kyrgyz party&apos;s authorised body:</source>
        <translation>Кыргыз Тараптын ыйгарым укуктуу органы:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Качанга чейин күчүндө:</translation>
    </message>
    <message>
        <source>Specifics of protection:</source>
        <translation>Коргоонун өзгөчөлүктөрү:</translation>
    </message>
    <message>
        <source>Order of resolving disputes and compensating damage:</source>
        <translation>Талаштуу маселелерди чечүү жана зыяндын ордун толтуруу тартиби:</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>Каттаган:</translation>
    </message>
    <message>
        <source>List of classified information (%1)</source>
        <translation>Жашыруун маалыматтардын тизмеси (%1)</translation>
    </message>
    <message>
        <source>Received under the contract (%1)</source>
        <translation>Келишим боюнча алынгандар (%1)</translation>
    </message>
    <message>
        <source>Sent under the contract (%1)</source>
        <translation>Келишим боюнча жөнөтүлгөндөр (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Түзөтүү…</translation>
    </message>
    <message>
        <source>E&amp;nd the contract…</source>
        <translation>Келишимди т&amp;октотуу…</translation>
    </message>
    <message>
        <source>&amp;Link a registration…</source>
        <translation>&amp;Каттоону байланыштыруу…</translation>
    </message>
</context>
<context>
    <name>ContractsModel</name>
    <message>
        <source>Contract No.</source>
        <translation>Келишимдин номери</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Кол коюлган күнү</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмети</translation>
    </message>
    <message>
        <source>Kyrgyz party&apos;s body</source>
        <translation>Кыргыз Тараптын органы</translation>
    </message>
    <message>
        <source>Highest level</source>
        <translation>Эң жогорку даража</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Пункттар</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Колдонулушу %1 токтотулган</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Мөөнөтү %1 бүткөн</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Күчүндө</translation>
    </message>
</context>
<context>
    <name>ContractsSection</name>
    <message>
        <source>Contract %1 is recorded.</source>
        <translation>№ %1 келишим катталды.</translation>
    </message>
    <message>
        <source>Contracts between the authorised bodies that involve classified information. Each has its separate section: the list of the information with its secrecy degrees, the specifics of its protection and the order of resolving disputes and compensating damage (S001 a.7).</source>
        <translation>Ыйгарым укуктуу органдардын ортосунда түзүлгөн, жашыруун маалыматка тиешелүү келишимдер. Ар биринин өзүнчө бөлүмү бар: анда маалыматтын тизмеси жана анын жашыруундук даражалары, аны коргоонун өзгөчөлүктөрү, талаштуу маселелерди чечүү жана зыяндын ордун толтуруу тартиби аныкталат (S001, 7-берене).</translation>
    </message>
    <message>
        <source>&amp;New contract…</source>
        <translation>&amp;Жаңы келишим…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ач&amp;уу…</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Келишимдер</translation>
    </message>
</context>
<context>
    <name>CopyCardDialog</name>
    <message>
        <source>letter No. %1</source>
        <translation>№ %1 кат</translation>
    </message>
    <message>
        <source>recipient&apos;s confirmation %1 of %2</source>
        <translation>алуучунун %2 датасындагы %1 ырастоосу</translation>
    </message>
    <message>
        <source>transport: %1, route: %2, escort: %3</source>
        <translation>ташуу ыкмасы: %1, багыты: %2, коштоп жүрүү: %3</translation>
    </message>
    <message>
        <source>Save the copy&apos;s card</source>
        <translation>Нусканын карточкасын сактоо</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the card…</source>
        <translation>Карточка басып чыгарылууда…</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2). Choose another place.</source>
        <translation>%1 файлын жазуу мүмкүн болгон жок (%2). Башка жерди тандаңыз.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сакталды: %1</translation>
    </message>
    <message>
        <source>Print the receipt confirmation</source>
        <translation>Алгандыгын ырастоону басып чыгаруу</translation>
    </message>
    <message>
        <source>Card of copy No. %2 of %1</source>
        <translation>%1 — № %2 нусканын карточкасы</translation>
    </message>
    <message>
        <source>%1, copy No. %2</source>
        <translation>%1, № %2 нуска</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Аталышы:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрү:</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>Катталган күнү:</translation>
    </message>
    <message>
        <source>Originator:</source>
        <translation>Маалымат булагы:</translation>
    </message>
    <message>
        <source>Who has it:</source>
        <translation>Кимде:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Сакталган жери:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Абалы:</translation>
    </message>
    <message>
        <source>Level changes:</source>
        <translation>Жашыруундук даражасынын өзгөрүүлөрү:</translation>
    </message>
    <message>
        <source>%1 → %2 (case %3, %4)</source>
        <translation>%1 → %2 (№ %3 иш, %4)</translation>
    </message>
    <message>
        <source>declassified</source>
        <translation>жашыруундан чыгарылды</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Тарыхы:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>From state</source>
        <translation>Мурунку абалы</translation>
    </message>
    <message>
        <source>To state</source>
        <translation>Жаңы абалы</translation>
    </message>
    <message>
        <source>To whom / where</source>
        <translation>Кимге / кайда</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Негизи</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Каттаган</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>Номерди &amp;көчүрүү</translation>
    </message>
    <message>
        <source>Copy the registration number; the clipboard is cleared after 30 seconds</source>
        <translation>Каттоо номерин көчүрүү; алмашуу буфери 30 секунддан кийин тазаланат</translation>
    </message>
    <message>
        <source>Receipt &amp;confirmation…</source>
        <translation>Алгандыгын &amp;ырастоо…</translation>
    </message>
    <message>
        <source>Print the confirmation of receipt for the Kyrgyz party</source>
        <translation>Кыргыз Тарабына алгандыгын ырастоону басып чыгаруу</translation>
    </message>
    <message>
        <source>Print the card as a PDF file</source>
        <translation>Карточканы PDF файлы катары басып чыгаруу</translation>
    </message>
</context>
<context>
    <name>CopyPicker</name>
    <message>
        <source>Type the registration number.</source>
        <translation>Каттоо номерин териңиз.</translation>
    </message>
    <message>
        <source>Write the copy numbers like 1, 3-5 (or leave them out for every copy in the safe).</source>
        <translation>Нускалардын номерлерин 1, 3-5 түрүндө жазыңыз (же сейфтеги бардык нускалар үчүн бош калтырыңыз).</translation>
    </message>
    <message>
        <source>There is no registration %1 among the carriers you may see.</source>
        <translation>Сиз көрө ала турган алып жүрүүчүлөрдүн арасында %1 каттоосу жок.</translation>
    </message>
    <message>
        <source>Registration %1 has no copy No. %2.</source>
        <translation>%1 каттоосунда № %2 нуска жок.</translation>
    </message>
    <message>
        <source>No copy of %1 is in the safe.</source>
        <translation>Сейфте %1 каттоосунун бир да нускасы жок.</translation>
    </message>
    <message>
        <source>Copies: %1, sheets: %2</source>
        <translation>Нускалар: %1, барактар: %2</translation>
    </message>
    <message>
        <source>Re&amp;gistration No.:</source>
        <translation>&amp;Каттоо номери:</translation>
    </message>
    <message>
        <source>Cop&amp;y No.:</source>
        <translation>Н&amp;уска №:</translation>
    </message>
    <message>
        <source>N&amp;ote on the copy:</source>
        <translation>Нускага &amp;эскертүү:</translation>
    </message>
    <message>
        <source>1, 3-5; empty: every copy in the safe</source>
        <translation>1, 3-5; бош болсо: сейфтеги бардык нускалар</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Ко&amp;шуу</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Алып &amp;салуу</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Каттоо номери</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Даражасы</translation>
    </message>
    <message>
        <source>Copy No.</source>
        <translation>Нуска №</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Барак саны</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Нускалар</translation>
    </message>
</context>
<context>
    <name>CopyRequestsModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Каттоо</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Даражасы</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Өтүнүч берген</translation>
    </message>
    <message>
        <source>Copies asked</source>
        <translation>Суралган нускалар</translation>
    </message>
    <message>
        <source>Permitted / made</source>
        <translation>Уруксат берилген / даярдалган</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Permission or refusal</source>
        <translation>Уруксат же баш тартуу</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>%1 (copies %2)</source>
        <translation>%1 (нускалар: %2)</translation>
    </message>
    <message>
        <source>Awaited: %1</source>
        <translation>Күтүлүүдө: %1</translation>
    </message>
    <message>
        <source>ref. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>Refused: %1 (%2)</source>
        <translation>Баш тартылды: %1 (%2)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Баш тартылды: %1</translation>
    </message>
</context>
<context>
    <name>CopyRequestsPage</name>
    <message>
        <source>Copy request %1 is recorded.</source>
        <translation>Көбөйтүүгө өтүнүч № %1 катталды.</translation>
    </message>
    <message>
        <source>Copy request %1: copying is permitted.</source>
        <translation>Көбөйтүүгө өтүнүч № %1: көбөйтүүгө уруксат берилди.</translation>
    </message>
    <message>
        <source>Copy request %1: copying is refused.</source>
        <translation>Көбөйтүүгө өтүнүч № %1: көбөйтүүдөн баш тартылды.</translation>
    </message>
    <message>
        <source>Registered under request %1: %2, copies %3.</source>
        <translation>Өтүнүч № %1 боюнча катталды: %2, нускалар: %3.</translation>
    </message>
    <message>
        <source>Print the copy request</source>
        <translation>Көбөйтүүгө өтүнүчтү басып чыгаруу</translation>
    </message>
    <message>
        <source>Requests shown: %1</source>
        <translation>Көрсөтүлгөн өтүнүчтөр: %1</translation>
    </message>
    <message>
        <source>Copy permissions</source>
        <translation>Көбөйтүүгө уруксаттар</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Абалы:</translation>
    </message>
    <message>
        <source>Ori&amp;ginator:</source>
        <translation>&amp;Маалымат булагы:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Бардыгы</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Жаңы өтүнүч…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Чечим кабыл алуу…</translation>
    </message>
    <message>
        <source>&amp;Make copies…</source>
        <translation>&amp;Нускаларды даярдоо…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып чыгаруу…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ач&amp;уу…</translation>
    </message>
    <message>
        <source>The head decides on own information; a clerk records the originator&apos;s written answer on received information</source>
        <translation>Өз маалыматы боюнча жетекчи чечим кабыл алат; алынган маалымат боюнча реестрди жүргүзүүчү кызматкер маалыматты берген Тараптын жазуу жүзүндөгү жообун каттайт</translation>
    </message>
    <message>
        <source>Make and register copies under the permission</source>
        <translation>Уруксат боюнча нускаларды даярдоо жана каттоо</translation>
    </message>
    <message>
        <source>Print the request form with its permission block</source>
        <translation>Өтүнүчтүн формасын уруксат бөлүгү менен басып чыгаруу</translation>
    </message>
    <message>
        <source>Copy requests</source>
        <translation>Көбөйтүүгө өтүнүчтөр</translation>
    </message>
</context>
<context>
    <name>CopyState</name>
    <message>
        <source>Registered</source>
        <translation>Катталган</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берилген</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Кайтарылган</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Жөнөтүлгөн</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Алгандыгы ырасталган</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Жок кылынган</translation>
    </message>
    <message>
        <source>Returned to originator</source>
        <translation>Берген Тарапка кайтарылган</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Жоголгон</translation>
    </message>
</context>
<context>
    <name>Copying</name>
    <message>
        <source>Awaiting permission</source>
        <translation>Уруксат күтүлүүдө</translation>
    </message>
    <message>
        <source>Permitted</source>
        <translation>Уруксат берилген</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Баш тартылган</translation>
    </message>
    <message>
        <source>Copies made</source>
        <translation>Нускалар даярдалган</translation>
    </message>
    <message>
        <source>Written permission of the originator</source>
        <translation>Маалыматты берген Тараптын жазуу жүзүндөгү уруксаты</translation>
    </message>
    <message>
        <source>Decision of the head of the organisation</source>
        <translation>Уюмдун жетекчисинин чечими</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>An unexpected error occurred. The details were saved on this workstation only, nothing was sent anywhere: %1</source>
        <translation>Күтүлбөгөн ката кетти. Анын чоо-жайы ушул жумушчу станцияда гана сакталды, эч жакка эч нерсе жөнөтүлгөн жок: %1</translation>
    </message>
    <message>
        <source>Grif — error</source>
        <translation>Grif — ката</translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>Output not produced</source>
        <translation>Өндүрүлбөй калган продукциянын наркы</translation>
    </message>
    <message>
        <source>Direct material damage</source>
        <translation>Түз материалдык зыян</translation>
    </message>
    <message>
        <source>Cost of eliminating the consequences</source>
        <translation>Келтирилген зыяндын кесепеттерин жоюуга кеткен чыгымдар</translation>
    </message>
    <message>
        <source>Cost of research and development</source>
        <translation>Илимий-изилдөө жана тажрыйбалык-конструктордук иштердин наркы</translation>
    </message>
    <message>
        <source>Negative effect of research results not introduced</source>
        <translation>Илимий-изилдөө иштеринин натыйжаларын киргизбөөнүн терс таасири</translation>
    </message>
    <message>
        <source>Cost of production technologies and their economic effect</source>
        <translation>Өндүрүштүк технологиялардын наркы жана аларды колдонуунун экономикалык натыйжасы</translation>
    </message>
    <message>
        <source>Probable price and volume of export sales</source>
        <translation>Тышкы рынокто буюмдарды саткандагы ыктымал баа жана көлөм</translation>
    </message>
    <message>
        <source>Extra costs of price rises or larger purchases for state duties</source>
        <translation>Аткарылбаган мамлекеттик милдеттерди жабуу үчүн баалардын өсүшүнө же сатып алуу көлөмүнүн көбөйүшүнө байланыштуу кошумча чыгымдар</translation>
    </message>
    <message>
        <source>Costs of organising production where import became impossible</source>
        <translation>Чет өлкөдөн сатып алуу мүмкүн болбогон учурда өндүрүштү уюштурууга кеткен чыгымдар</translation>
    </message>
    <message>
        <source>Research costs when cooperation with foreign states stops</source>
        <translation>Чет мамлекеттер менен илимий-техникалык кызматташтык токтогон учурда илимий-изилдөө иштерине кеткен чыгымдар</translation>
    </message>
    <message>
        <source>Other indicators of probable damage</source>
        <translation>Ыктымал зыянды мүнөздөгөн башка көрсөткүчтөр</translation>
    </message>
    <message>
        <source>Cost of attracting specialists for the assessment</source>
        <translation>Зыяндын өлчөмүн аныктоо үчүн атайын билими бар өкүлдөрдү тартуу чыгымдары</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision on copy request %1</source>
        <translation>Көбөйтүүгө өтүнүч № %1 боюнча чечим</translation>
    </message>
    <message>
        <source>%1: %2
Originator: %3
Requester: %4; copies asked: %5
Purpose: %6
%7</source>
        <translation>%1: %2
Маалымат булагы: %3
Өтүнүч берген: %4; суралган нускалар: %5
Максаты: %6
%7</translation>
    </message>
    <message>
        <source>&amp;Permit</source>
        <translation>&amp;Уруксат берүү</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>Баш &amp;тартуу</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Чечим:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Кол койгон:</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Берген:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Номери:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Күнү:</translation>
    </message>
    <message>
        <source>&amp;Copies authorised:</source>
        <translation>Уруксат берилген нускалардын с&amp;аны:</translation>
    </message>
    <message>
        <source>Reason for the re&amp;fusal:</source>
        <translation>Баш тартуунун &amp;себеби:</translation>
    </message>
    <message>
        <source>Optional: the order by which you act for the head</source>
        <translation>Милдеттүү эмес: жетекчинин милдетин аткарууңузга негиз болгон буйрук</translation>
    </message>
    <message>
        <source>No. of the originator&apos;s letter</source>
        <translation>Маалыматты берген Тараптын катынын номери</translation>
    </message>
    <message>
        <source>The originator who answered in writing</source>
        <translation>Жазуу жүзүндө жооп берген Тарап (маалымат булагы)</translation>
    </message>
</context>
<context>
    <name>DegreeDialog</name>
    <message>
        <source>Secrecy degree: dossier %1</source>
        <translation>Жашыруундук даражасы: № %1 иш</translation>
    </message>
    <message>
        <source>The secrecy degree of the information is established before the damage is assessed (p.9). If the information and its carriers hold no state secrets, the conclusion states no amount (p.11).</source>
        <translation>Маалыматтын жашыруундук даражасы зыяндын өлчөмү аныкталганга чейин аныкталат (9-пункт). Эгер маалыматта жана анын алып жүрүүчүлөрүндө мамлекеттик сырлар жок болсо, корутундуда зыяндын өлчөмү көрсөтүлбөйт (11-пункт).</translation>
    </message>
    <message>
        <source>No state secrets</source>
        <translation>Мамлекеттик сырлар жок</translation>
    </message>
    <message>
        <source>Secrecy &amp;degree:</source>
        <translation>Жашыруундук &amp;даражасы:</translation>
    </message>
    <message>
        <source>&amp;Content of the information:</source>
        <translation>Маалыматтын &amp;мазмуну:</translation>
    </message>
    <message>
        <source>&amp;Establish</source>
        <translation>&amp;Аныктоо</translation>
    </message>
</context>
<context>
    <name>Derivation</name>
    <message>
        <source>Copy</source>
        <translation>Көчүрмө</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Үзүндү</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Котормо</translation>
    </message>
    <message>
        <source>Printout of Grif</source>
        <translation>Grif басып чыгарган документ</translation>
    </message>
    <message>
        <source>Export of Grif</source>
        <translation>Grif экспорттогон файл</translation>
    </message>
</context>
<context>
    <name>Destruction</name>
    <message>
        <source>Draft</source>
        <translation>Долбоор</translation>
    </message>
    <message>
        <source>Signed by the commission</source>
        <translation>Комиссия кол койгон</translation>
    </message>
    <message>
        <source>Approved by the head</source>
        <translation>Жетекчи бекиткен</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Аткарылган</translation>
    </message>
    <message>
        <source>Written notice of the originator</source>
        <translation>Маалыматты берген Тараптын жазуу жүзүндөгү билдирмеси</translation>
    </message>
    <message>
        <source>Expiry of the storage period</source>
        <translation>Сактоо мөөнөтүнүн өтүшү</translation>
    </message>
    <message>
        <source>Decision of the organisation</source>
        <translation>Уюмдун чечими</translation>
    </message>
    <message>
        <source>Chair of the commission</source>
        <translation>Комиссиянын төрагасы</translation>
    </message>
    <message>
        <source>Member of the commission</source>
        <translation>Комиссиянын мүчөсү</translation>
    </message>
    <message>
        <source>Signed in the program</source>
        <translation>Программада кол коюлган</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Кагазда кол коюлган</translation>
    </message>
</context>
<context>
    <name>DestructionActsModel</name>
    <message>
        <source>Act No.</source>
        <translation>Акт №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Даражасы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Негизи</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Нускалар</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Ыкмасы</translation>
    </message>
    <message>
        <source>%1: No. %2 of %3</source>
        <translation>%1: %3 датасындагы № %2</translation>
    </message>
</context>
<context>
    <name>DestructionPage</name>
    <message>
        <source>Destruction act %1 is drawn up as a draft.</source>
        <translation>№ %1 жок кылуу актысы долбоор катары түзүлдү.</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Абалы:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Бардыгы</translation>
    </message>
    <message>
        <source>&amp;New act…</source>
        <translation>&amp;Жаңы акт…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ач&amp;уу…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Destruction acts</source>
        <translation>Жок кылуу актылары</translation>
    </message>
    <message>
        <source>Return list %1: the copies are dispatched to %2.</source>
        <translation>№ %1 кайтаруу тизмеси: нускалар %2 дарегине жөнөтүлдү.</translation>
    </message>
    <message>
        <source>&amp;Send back…</source>
        <translation>&amp;Кайтарып жөнөтүү…</translation>
    </message>
    <message>
        <source>&amp;Print return list…</source>
        <translation>Кайтаруу &amp;тизмесин басып чыгаруу…</translation>
    </message>
    <message>
        <source>Return lists</source>
        <translation>Кайтаруу тизмелери</translation>
    </message>
    <message>
        <source>Destruction and returns</source>
        <translation>Жок кылуу жана кайтаруу</translation>
    </message>
    <message>
        <source>Returns to the originator</source>
        <translation>Берген Тарапка кайтаруу</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>The carrier goes back to its originator: no consent is needed.</source>
        <translation>Алып жүрүүчү аны берген Тарапка кайтарылат: макулдук талап кылынбайт.</translation>
    </message>
    <message>
        <source>This carrier came from the Kyrgyz party (%1). Passing it to anyone else needs the originator&apos;s prior written consent (S001 a.4 p.1.5): give its reference.</source>
        <translation>Бул алып жүрүүчү Кыргыз Тарабынан келген (%1). Аны башка бирөөгө берүү үчүн маалыматты берген Тараптын алдын ала жазуу жүзүндөгү макулдугу талап кылынат (S001, 4-берене, 1.5-пункт): анын номерин жана күнүн көрсөтүңүз.</translation>
    </message>
    <message>
        <source>Dispatch a copy</source>
        <translation>Нусканы жөнөтүү</translation>
    </message>
    <message>
        <source>To the other state:</source>
        <translation>Башка мамлекетке:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>&amp;Recipient organisation:</source>
        <translation>&amp;Алуучу уюм:</translation>
    </message>
    <message>
        <source>Co&amp;ver letter No.:</source>
        <translation>Коштомо ка&amp;ттын номери:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Негизи:</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;written confirmation:</source>
        <translation>Алуучунун жазуу жүзүндөгү &amp;ырастоосу:</translation>
    </message>
    <message>
        <source>Confirmation &amp;dated:</source>
        <translation>Ырастоонун к&amp;үнү:</translation>
    </message>
    <message>
        <source>Under co&amp;ntract:</source>
        <translation>Ке&amp;лишим боюнча:</translation>
    </message>
    <message>
        <source>&amp;Transport method:</source>
        <translation>Таш&amp;уу ыкмасы:</translation>
    </message>
    <message>
        <source>R&amp;oute:</source>
        <translation>&amp;Багыты:</translation>
    </message>
    <message>
        <source>&amp;Escort:</source>
        <translation>Кошт&amp;оп жүрүү:</translation>
    </message>
    <message>
        <source>Originator&apos;s &amp;consent:</source>
        <translation>Берген Тараптын &amp;макулдугу:</translation>
    </message>
    <message>
        <source>&amp;International dispatch (S001 a.5 p.3 channels only)</source>
        <translation>&amp;Эл аралык жөнөтүү (S001, 5-берене, 3-пункттагы каналдар аркылуу гана)</translation>
    </message>
    <message>
        <source>&amp;Large carrier (S001 a.5 p.4)</source>
        <translation>&amp;Ири көлөмдүү алып жүрүүчү (S001, 5-берене, 4-пункт)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жок</translation>
    </message>
    <message>
        <source>Choose the channel</source>
        <translation>Каналды тандаңыз</translation>
    </message>
    <message>
        <source>Reference of the confirmation of clearance and capability (S001 a.5 p.1)</source>
        <translation>Уруксатты жана коргоо мүмкүнчүлүгүн ырастаган документтин номери жана күнү (S001, 5-берене, 1-пункт)</translation>
    </message>
    <message>
        <source>e.g. a special vehicle</source>
        <translation>мисалы, атайын транспорт каражаты</translation>
    </message>
    <message>
        <source>Who accompanies the carrier</source>
        <translation>Алып жүрүүчүнү ким коштоп жүрөт</translation>
    </message>
    <message>
        <source>Reference and date of the written consent</source>
        <translation>Жазуу жүзүндөгү макулдуктун номери жана күнү</translation>
    </message>
    <message>
        <source>Dispatch of the conclusion: dossier %1</source>
        <translation>Корутундуну жөнөтүү: № %1 иш</translation>
    </message>
    <message>
        <source>The conclusion with copies of the investigation materials goes to the national security bodies; one copy stays with the protection unit (p.12). The dossier then closes.</source>
        <translation>Корутунду кызматтык иликтөө материалдарынын көчүрмөлөрү менен кошо улуттук коопсуздук органдарына жөнөтүлөт; анын бир нускасы мамлекеттик сырларды коргоо бөлүмүндө сакталат (12-пункт). Андан кийин иш жабылат.</translation>
    </message>
    <message>
        <source>Outgoing &amp;No.:</source>
        <translation>&amp;Чыгыш номери:</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Жөнөтүлгөн күнү:</translation>
    </message>
    <message>
        <source>Result also sent to the &amp;pre-trial body:</source>
        <translation>Натыйжа сотко чейинки &amp;иликтөө органына да жөнөтүлдү:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Каттоо</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Loss or disclosure</source>
        <translation>Жоготуу же ачыкка чыгаруу</translation>
    </message>
    <message>
        <source>Claim of the owner of the information source</source>
        <translation>Маалымат булагынын ээсинин талабы</translation>
    </message>
    <message>
        <source>Assigned to the commission</source>
        <translation>Комиссияга тапшырылды</translation>
    </message>
    <message>
        <source>Secrecy degree established</source>
        <translation>Жашыруундук даражасы аныкталды</translation>
    </message>
    <message>
        <source>Damage assessed</source>
        <translation>Зыян аныкталды</translation>
    </message>
    <message>
        <source>Agreed with the authorised body</source>
        <translation>Ыйгарым укуктуу орган менен макулдашылды</translation>
    </message>
    <message>
        <source>Signed by the commission</source>
        <translation>Комиссия кол койду</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Бекитилди</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Internal investigation</source>
        <translation>Кызматтык иликтөө</translation>
    </message>
    <message>
        <source>Notice from another body</source>
        <translation>Башка органдын билдирмеси</translation>
    </message>
    <message>
        <source>Court or prosecution order</source>
        <translation>Соттун же прокуратуранын токтому</translation>
    </message>
    <message>
        <source>Claim of the owner</source>
        <translation>Ээсинин талабы</translation>
    </message>
    <message>
        <source>Standing commission for the protection of state secrets</source>
        <translation>Мамлекеттик сырларды коргоо боюнча туруктуу иштөөчү комиссия</translation>
    </message>
    <message>
        <source>Expert commission</source>
        <translation>Эксперттик комиссия</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Төрага</translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation>Төраганын орун басары</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Мүчө</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Катчы</translation>
    </message>
    <message>
        <source>Invited specialist</source>
        <translation>Чакырылган адис</translation>
    </message>
    <message>
        <source>Representative of the body with authority over state secrets</source>
        <translation>Мамлекеттик сырларды тескөө ыйгарым укугу бар органдын өкүлү</translation>
    </message>
    <message>
        <source>Representative with special knowledge</source>
        <translation>Атайын билими бар өкүл</translation>
    </message>
    <message>
        <source>Customer of classified work</source>
        <translation>Жашыруун иштердин буюртмачысы</translation>
    </message>
</context>
<context>
    <name>DossierOverview</name>
    <message>
        <source>State:</source>
        <translation>Абалы:</translation>
    </message>
    <message>
        <source>Case or owner:</source>
        <translation>Факт же ээси:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Негизи:</translation>
    </message>
    <message>
        <source>Assigned, materials:</source>
        <translation>Тапшырылган; материалдар келген күн:</translation>
    </message>
    <message>
        <source>Deadline (30 days):</source>
        <translation>Мөөнөтү (30 күн):</translation>
    </message>
    <message>
        <source>Commission:</source>
        <translation>Комиссия:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Корутунду түзүлгөн жер:</translation>
    </message>
    <message>
        <source>Secrecy degree:</source>
        <translation>Жашыруундук даражасы:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Мазмуну:</translation>
    </message>
    <message>
        <source>Amount of damage:</source>
        <translation>Зыяндын өлчөмү:</translation>
    </message>
    <message>
        <source>MCI used:</source>
        <translation>Колдонулган АЭК:</translation>
    </message>
    <message>
        <source>Methodology:</source>
        <translation>Методика:</translation>
    </message>
    <message>
        <source>Agreed with:</source>
        <translation>Макулдашылган орган:</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>Бекиткен:</translation>
    </message>
    <message>
        <source>Dispatch or reading:</source>
        <translation>Жөнөтүү же таанышуу:</translation>
    </message>
    <message>
        <source>case %1 (%2)</source>
        <translation>№ %1 факт (%2)</translation>
    </message>
    <message>
        <source>; information of the Kyrgyz party</source>
        <translation>; Кыргыз Тараптын маалыматы</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, order %2 of %3</source>
        <translation>%1, %3 датасындагы № %2 буйрук</translation>
    </message>
    <message>
        <source>no state secrets</source>
        <translation>мамлекеттик сырлар жок</translation>
    </message>
    <message>
        <source>%1 (date named by %2)</source>
        <translation>%1 (датасы көрсөтүлгөн акт: %2)</translation>
    </message>
    <message>
        <source>%1, approved by %2</source>
        <translation>%1, бекиткен: %2</translation>
    </message>
    <message>
        <source>; a lost single copy</source>
        <translation>; жоголгон документ бир гана нускада болгон</translation>
    </message>
    <message>
        <source>none: the range of p.10</source>
        <translation>жок: 10-пункттагы чектер</translation>
    </message>
    <message>
        <source>needed before the signatures</source>
        <translation>кол коюлганга чейин талап кылынат</translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <translation>%1, %3 датасындагы № %2</translation>
    </message>
    <message>
        <source>sent under No. %1 of %2</source>
        <translation>%2 датасындагы № %1 менен жөнөтүлгөн</translation>
    </message>
    <message>
        <source>; the result to %1</source>
        <translation>; натыйжасы жөнөтүлгөн: %1</translation>
    </message>
    <message>
        <source>read by the owner on %1</source>
        <translation>ээси таанышкан күнү: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>DossierSignDialog</name>
    <message>
        <source>Sign the conclusion of dossier %1</source>
        <translation>№ %1 иштин корутундусуна кол коюу</translation>
    </message>
    <message>
        <source>A signer of the conclusion confirms with their own user name and password.
Not signed yet: %1</source>
        <translation>Корутундуга кол коюучу муну өзүнүн колдонуучу аты жана сырсөзү менен ырастайт.
Азырынча кол койбогондор: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>К&amp;олдонуучунун аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Сырсөз:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Кол коюу</translation>
    </message>
</context>
<context>
    <name>DossierTexts</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 ₸</source>
        <translation>%1 ₸</translation>
    </message>
    <message>
        <source>%1 MCI</source>
        <translation>%1 АЭК</translation>
    </message>
    <message>
        <source>MCI %1 of %2</source>
        <translation>АЭК %1 (%2 баштап)</translation>
    </message>
    <message>
        <source>A lost document in a single copy: exactly %1 = %2 (p.10); %3</source>
        <translation>Бир гана нускадагы документ жоголгон: так %1 = %2 (10-пункт); %3</translation>
    </message>
    <message>
        <source>Range of p.10: from %1 = from %2; %3</source>
        <translation>10-пункттагы чектер: кеминде %1 = кеминде %2; %3</translation>
    </message>
    <message>
        <source>Range of p.10: %1 – %2 = %3 – %4; %5</source>
        <translation>10-пункттагы чектер: %1 – %2 = %3 – %4; %5</translation>
    </message>
    <message>
        <source>none: no state secrets</source>
        <translation>жок: мамлекеттик сырлар жок</translation>
    </message>
    <message>
        <source>%1 %2 (assessed by the Kyrgyz party, %3)</source>
        <translation>%1 %2 (Кыргыз Тарап аныктаган, %3)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабылды</translation>
    </message>
    <message>
        <source>no term (p.14)</source>
        <translation>мөөнөтү жок (14-пункт)</translation>
    </message>
    <message>
        <source>signed in Grif</source>
        <translation>Grif программасында кол коюлду</translation>
    </message>
    <message>
        <source>signed on paper</source>
        <translation>кагазда кол коюлду</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>катышпайт</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>кол коюла элек</translation>
    </message>
    <message>
        <source>does not sign</source>
        <translation>кол койбойт</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Print the conclusion</source>
        <translation>Корутундуну басып чыгаруу</translation>
    </message>
    <message>
        <source>Approve the conclusion</source>
        <translation>Корутундуну бекитүү</translation>
    </message>
    <message>
        <source>Approve the conclusion of dossier %1 as the head of the organisation?</source>
        <translation>№ %1 иштин корутундусун уюмдун жетекчиси катары бекитесизби?</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Жыйынтыгы: %1</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Иш № %1</translation>
    </message>
    <message>
        <source>Damage-assessment dossier No. %1: %2</source>
        <translation>Зыяндын өлчөмүн аныктоо боюнча иш № %1: %2</translation>
    </message>
    <message>
        <source>Indicator (p.8)</source>
        <translation>Көрсөткүч (8-пункт)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Суммасы</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Негиздеме</translation>
    </message>
    <message>
        <source>Set &amp;indicator…</source>
        <translation>К&amp;өрсөткүчтү киргизүү…</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Көрсөткүчтөр</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Secrecy &amp;degree…</source>
        <translation>Жашыруундук &amp;даражасы…</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>Зыянды &amp;аныктоо…</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>&amp;Макулдашуу…</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Кол коюу…</translation>
    </message>
    <message>
        <source>Record paper si&amp;gnature…</source>
        <translation>Кагаздагы колду &amp;белгилөө…</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>Бек&amp;итүү</translation>
    </message>
    <message>
        <source>Dispa&amp;tch…</source>
        <translation>&amp;Жөнөтүү…</translation>
    </message>
    <message>
        <source>Owner has &amp;read…</source>
        <translation>Ээси &amp;таанышты…</translation>
    </message>
    <message>
        <source>P&amp;rint conclusion…</source>
        <translation>Корутундуну басып &amp;чыгаруу…</translation>
    </message>
</context>
<context>
    <name>DossiersModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Case or owner</source>
        <translation>Факт же ээси</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Даражасы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Калган күн</translation>
    </message>
    <message>
        <source>Commission chair</source>
        <translation>Комиссиянын төрагасы</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Зыяндын өлчөмү</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <source>Dossier %1 is assigned to the commission.</source>
        <translation>Иш № %1 комиссияга тапшырылды.</translation>
    </message>
    <message>
        <source>Damage-assessment dossiers</source>
        <translation>Зыяндын өлчөмүн аныктоо боюнча иштер</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Тапшыруу…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ач&amp;уу…</translation>
    </message>
    <message>
        <source>&amp;Print conclusion…</source>
        <translation>Корутундуну басып &amp;чыгаруу…</translation>
    </message>
</context>
<context>
    <name>EndContractDialog</name>
    <message>
        <source>End contract %1</source>
        <translation>№ %1 келишимдин колдонулушун токтотуу</translation>
    </message>
    <message>
        <source>Contract %1: %2. Nothing new comes under it once it has ended; what was received under it stays protected.</source>
        <translation>№ %1 келишим: %2. Колдонулушу токтотулгандан кийин келишимге жаңы эч нерсе киргизилбейт; ал боюнча алынган маалымат мурдагыдай эле корголот.</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Токтотулган күнү:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Себеби:</translation>
    </message>
    <message>
        <source>e.g. terminated by the parties&apos; agreement of 01.03.2026</source>
        <translation>мисалы, тараптардын 01.03.2026 датасындагы макулдашуусу боюнча токтотулган</translation>
    </message>
    <message>
        <source>E&amp;nd the contract</source>
        <translation>Келишимди т&amp;октотуу</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation could not be completed.</source>
        <translation>Операцияны аткаруу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation>«%1» үчүн жараксыз маани: %2</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters are allowed.</source>
        <translation>%1 өтө узун: эң көп дегенде %2 белги уруксат берилет.</translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the account is disabled.</source>
        <translation>Колдонуучунун аты же сырсөз туура эмес, же болбосо эсептик жазуу өчүрүлгөн.</translation>
    </message>
    <message>
        <source>Too many failed logins. Wait %1 seconds and try again.</source>
        <translation>Системага кирүүнүн ийгиликсиз аракеттери өтө көп. %1 секунд күтүп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>Logins are locked after repeated failures. Wait %1 minutes or ask the administrator.</source>
        <translation>Кайталанган ийгиликсиз аракеттерден кийин системага кирүү бөгөттөлдү. %1 мүнөт күтүңүз же администраторго кайрылыңыз.</translation>
    </message>
    <message>
        <source>The password is not accepted: %1</source>
        <translation>Сырсөз кабыл алынган жок: %1</translation>
    </message>
    <message>
        <source>You do not have the right to do this (%1). Ask the administrator.</source>
        <translation>Бул аракетти аткарууга укугуңуз жок (%1). Администраторго кайрылыңыз.</translation>
    </message>
    <message>
        <source>Your clearance does not give access to this information.</source>
        <translation>Сизге берилген уруксат бул маалыматка жетүү мүмкүнчүлүгүн бербейт.</translation>
    </message>
    <message>
        <source>A copy in the state «%1» cannot be moved this way.</source>
        <translation>«%1» абалындагы нуска менен мындай аракет жасоого болбойт.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>Табылган жок: %1.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>Мурунтан эле бар: %1.</translation>
    </message>
    <message>
        <source>This cannot be done now: %1</source>
        <translation>Бул аракетти азыр аткаруу мүмкүн эмес: %1</translation>
    </message>
    <message>
        <source>The store cannot be used: %1</source>
        <translation>Маалымат базасын колдонуу мүмкүн эмес: %1</translation>
    </message>
    <message>
        <source>No store at %1. Choose an existing store file or create a new one.</source>
        <translation>%1 жолунда маалымат базасы жок. Бар болгон маалымат базасынын файлын тандаңыз же жаңысын түзүңүз.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place for the store.</source>
        <translation>%1 папкасы жок. Маалымат базасы үчүн башка жерди тандаңыз.</translation>
    </message>
    <message>
        <source>A store already exists at %1. Choose another file name.</source>
        <translation>%1 жолунда маалымат базасы мурунтан эле бар. Файлдын башка атын тандаңыз.</translation>
    </message>
    <message>
        <source>The key file %1 is missing or damaged, so the store cannot be opened, not even with the recovery code. Put back the key file from the latest backup of this store, or ask the administrator.</source>
        <translation>Ачкыч файлы жок же бузулган: %1. Ошондуктан маалымат базасын ачуу мүмкүн эмес, калыбына келтирүү коду менен да ачылбайт. Ачкыч файлын ушул маалымат базасынын акыркы камдык көчүрмөсүнөн ордуна коюңуз же администраторго кайрылыңыз.</translation>
    </message>
    <message>
        <source>This store is bound to a workstation whose keyring does not answer: the keyring is locked or its entry is gone, or this is another workstation. Unlock the keyring (log in to the desktop again) and retry; to move the store to this workstation, an administrator runs grif-cli bind --recovery with the recovery code.</source>
        <translation>Бул маалымат базасы ачкычтар сактагычы жооп бербеген жумушчу станцияга байланган: ачкычтар сактагычы бөгөттөлгөн же андагы жазуу жок болуп кеткен, же бул башка жумушчу станция. Ачкычтар сактагычын бөгөттөн чыгарып (операциялык системанын сеансына кайра кириңиз), кайра аракет кылыңыз; маалымат базасын ушул жумушчу станцияга көчүрүү үчүн администратор калыбына келтирүү коду менен grif-cli bind --recovery буйругун аткарат.</translation>
    </message>
    <message>
        <source>The store is read-only here, so nothing can be changed. To work in it, copy the store with its .keys file to a folder you may write to, or ask the administrator for write access, then open it again.</source>
        <translation>Бул жерде маалымат базасы окуу үчүн гана жеткиликтүү, ошондуктан эч нерсени өзгөртүүгө болбойт. Аны менен иштөө үчүн маалымат базасын .keys файлы менен кошо сиз жаза ала турган папкага көчүрүңүз же администратордон жазуу укугун сураңыз, андан кийин аны кайра ачыңыз.</translation>
    </message>
    <message>
        <source>The backup in %1 cannot be used: %2. Nothing was restored; use another backup.</source>
        <translation>%1 папкасындагы камдык көчүрмөнү колдонууга болбойт: %2. Эч нерсе калыбына келтирилген жок; башка камдык көчүрмөнү колдонуңуз.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2. Check that the medium is inserted, writable and has free space, then make the backup again. The store itself is unchanged.</source>
        <translation>Камдык көчүрмөнү %1 жолуна жазуу мүмкүн болгон жок: %2. Алып жүрүүчү салынганын, ага жазууга болорун жана анда бош орун бар экенин текшерип, камдык көчүрмөнү кайра түзүңүз. Маалымат базасынын өзү өзгөргөн жок.</translation>
    </message>
    <message>
        <source>The store %1 was last used by a newer version of Grif (schema %2) than this one (%3). Open it with that version or a later one; this version leaves it untouched.</source>
        <translation>Маалымат базасы (%1) акыркы жолу Grif программасынын ушул версиясынан (%3) жаңыраак версиясында колдонулган (схема %2). Аны ошол версия же андан кийинки версия менен ачыңыз; ушул версия аны өзгөртпөйт.</translation>
    </message>
    <message>
        <source>Before bringing the store %1 up to this version, Grif makes a verified backup of it beside it, and that failed: %2. The store was not changed. Free space in its folder (or make the folder writable) and open it again, or install Grif %3 again to keep working with it as it is.</source>
        <translation>Маалымат базасын (%1) ушул версияга жаңыртуудан мурун Grif анын жанында анын текшерилген камдык көчүрмөсүн түзөт, бирок муну аткаруу мүмкүн болгон жок: %2. Маалымат базасы өзгөргөн жок. Анын папкасында орун бошотуп (же папкага жазууга уруксат берип), аны кайра ачыңыз, же аны ушул абалында колдонууну улантуу үчүн Grif программасынын %3 версиясын кайра орнотуңуз.</translation>
    </message>
    <message>
        <source>The store %1 could not be brought up to this version of Grif: %2. It was left exactly as it was. To keep working with it, install Grif %3 again. A verified backup made before the attempt is in %4. Report this message to the program&apos;s maintainers.</source>
        <translation>Маалымат базасын (%1) Grif программасынын ушул версиясына жаңыртуу мүмкүн болгон жок: %2. Ал мурунку абалында өзгөртүүсүз калды. Аны менен иштөөнү улантуу үчүн Grif программасынын %3 версиясын кайра орнотуңуз. Аракетке чейин түзүлгөн текшерилген камдык көчүрмө %4 папкасында жайгашкан. Бул билдирүүнү программанын иштеп чыгуучуларына жеткириңиз.</translation>
    </message>
    <message>
        <source>The backup was written but its check failed: %1. It was not kept. Make the backup again on another medium; if it fails again, run the integrity check of the store.</source>
        <translation>Камдык көчүрмө жазылды, бирок аны текшерүү ийгиликсиз аяктады: %1. Ал сакталган жок. Камдык көчүрмөнү башка алып жүрүүчүгө кайра түзүңүз; дагы ийгиликсиз болсо, маалымат базасынын бүтүндүгүн текшериңиз.</translation>
    </message>
    <message>
        <source>The store does not open with this key: the file is damaged or belongs to another key file.</source>
        <translation>Маалымат базасы бул ачкыч менен ачылбайт: файл бузулган же башка ачкыч файлына таандык.</translation>
    </message>
    <message>
        <source>Integrity check failed: %1. Stop work and inform the auditor.</source>
        <translation>Бүтүндүктү текшерүү ийгиликсиз аяктады: %1. Ишти токтотуп, аудиторго кабарлаңыз.</translation>
    </message>
    <message>
        <source>The store was replaced by an older copy: its journal ends at record %1, the workstation remembers record %2. Inform the auditor.</source>
        <translation>Маалымат базасы эскирээк көчүрмө менен алмаштырылган: анын журналы %1 номерлүү жазуу менен бүтөт, ал эми жумушчу станцияда %2 номерлүү жазуу катталган. Аудиторго кабарлаңыз.</translation>
    </message>
    <message>
        <source>The audit record could not be written, so the action was not done: %1</source>
        <translation>Окуяларды каттоо журналына жазуу киргизүү мүмкүн болгон жок, ошондуктан аракет аткарылган жок: %1</translation>
    </message>
    <message>
        <source>The store is in use by another program. Close it and try again.</source>
        <translation>Маалымат базасын башка программа колдонуп жатат. Ал программаны жаап, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>Диск толуп калды. Орун бошотуп, кайра аракет кылыңыз; эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>at least 12 characters are required</source>
        <translation>кеминде 12 белги талап кылынат</translation>
    </message>
    <message>
        <source>at most 256 characters are allowed</source>
        <translation>256 белгиден ашпашы керек</translation>
    </message>
    <message>
        <source>it must not contain the user name</source>
        <translation>сырсөздө колдонуучунун аты болбошу керек</translation>
    </message>
    <message>
        <source>it must not contain control characters</source>
        <translation>сырсөздө башкаруучу белгилер болбошу керек</translation>
    </message>
    <message>
        <source>it must not be one repeated character</source>
        <translation>сырсөз бир эле кайталанган белгиден турбашы керек</translation>
    </message>
    <message>
        <source>The recovery code is wrong. Check it against the sheet kept in the safe.</source>
        <translation>Калыбына келтирүү коду туура эмес. Аны сейфте сакталган барак менен салыштырып текшериңиз.</translation>
    </message>
    <message>
        <source>Grif</source>
        <translation>Grif</translation>
    </message>
    <message>
        <source>standard input is not UTF-8 text</source>
        <translation>стандарттык киргизүү UTF-8 коддогу текст эмес</translation>
    </message>
    <message>
        <source>name the store file to restore into</source>
        <translation>калыбына келтирилүүчү маалымат базасынын файлын көрсөтүңүз</translation>
    </message>
    <message>
        <source>give form, number, issue and expiry dates together</source>
        <translation>формасын, номерин, берилген жана аяктоо күндөрүн бирге көрсөтүңүз</translation>
    </message>
    <message>
        <source>name the administrator who does this</source>
        <translation>бул аракетти аткарган администраторду көрсөтүңүз</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>колдонуучунун аты</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>фамилиясы, аты, атасынын аты</translation>
    </message>
    <message>
        <source>position</source>
        <translation>кызмат орду</translation>
    </message>
    <message>
        <source>department</source>
        <translation>бөлүм</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>уюм</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>ролдор</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>level</source>
        <translation>жашыруундук даражасы</translation>
    </message>
    <message>
        <source>Kyrgyz marking</source>
        <translation>Кыргыз Тарабынын жашыруундук грифи</translation>
    </message>
    <message>
        <source>clearance</source>
        <translation>уруксат</translation>
    </message>
    <message>
        <source>clearance form</source>
        <translation>уруксаттын формасы</translation>
    </message>
    <message>
        <source>clearance number</source>
        <translation>уруксаттын номери</translation>
    </message>
    <message>
        <source>clearance expiry</source>
        <translation>уруксаттын мөөнөтү</translation>
    </message>
    <message>
        <source>registration number</source>
        <translation>каттоо номери</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>келишим</translation>
    </message>
    <message>
        <source>the contract has ended or expired</source>
        <translation>келишимдин колдонулушу токтотулган же мөөнөтү бүткөн</translation>
    </message>
    <message>
        <source>print language</source>
        <translation>басып чыгаруу тили</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>толтурулган эмес</translation>
    </message>
    <message>
        <source>the date is before 1950</source>
        <translation>күн 1950-жылдан мурунку</translation>
    </message>
    <message>
        <source>wrong type of value</source>
        <translation>маанинин түрү туура эмес</translation>
    </message>
    <message>
        <source>it contains control characters</source>
        <translation>башкаруу белгилери бар</translation>
    </message>
    <message>
        <source>use 2–32 lower-case Latin letters, digits, . _ -</source>
        <translation>2–32 кичине латын тамгасын, сандарды, . _ - белгилерин колдонуңуз</translation>
    </message>
    <message>
        <source>the store is not bound to a workstation</source>
        <translation>маалымат базасы жумушчу станцияга байланган эмес</translation>
    </message>
    <message>
        <source>the account is disabled; enable it with a new password</source>
        <translation>эсептик жазуу өчүрүлгөн; аны жаңы сырсөз менен күйгүзүңүз</translation>
    </message>
    <message>
        <source>number of days</source>
        <translation>күндөрдүн саны</translation>
    </message>
    <message>
        <source>the last active administrator cannot be removed</source>
        <translation>акыркы активдүү администраторду алып салууга болбойт</translation>
    </message>
    <message>
        <source>the account is already active</source>
        <translation>эсептик жазуу буга чейин эле активдүү</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Жокко чыгарылды: эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>аракет</translation>
    </message>
    <message>
        <source>object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>күндөр</translation>
    </message>
    <message>
        <source>the first date is after the last one</source>
        <translation>баштапкы күн акыркы күндөн кийин турат</translation>
    </message>
    <message>
        <source>journal record number</source>
        <translation>журналдын жазуусунун номери</translation>
    </message>
    <message>
        <source>The journal check was cancelled before it was complete.</source>
        <translation>Журналды текшерүү аяктаганга чейин жокко чыгарылды.</translation>
    </message>
    <message>
        <source>The export was cancelled before it was complete.</source>
        <translation>Экспорттоо аяктаганга чейин жокко чыгарылды.</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2). Choose another place.</source>
        <translation>%1 файлын жазуу мүмкүн болгон жок (%2). Башка жерди тандаңыз.</translation>
    </message>
    <message>
        <source>place</source>
        <translation>жок кылуу жери</translation>
    </message>
    <message>
        <source>date of the act</source>
        <translation>актынын күнү</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>негиз</translation>
    </message>
    <message>
        <source>reference of the basis</source>
        <translation>негиздин номери</translation>
    </message>
    <message>
        <source>date of the basis</source>
        <translation>негиздин күнү</translation>
    </message>
    <message>
        <source>method of destruction</source>
        <translation>жок кылуу ыкмасы</translation>
    </message>
    <message>
        <source>how the method rules out recovery</source>
        <translation>ыкма калыбына келтирүүнү кантип болтурбайт</translation>
    </message>
    <message>
        <source>copies on the act</source>
        <translation>актыдагы нускалар</translation>
    </message>
    <message>
        <source>commission</source>
        <translation>комиссия</translation>
    </message>
    <message>
        <source>member of the commission</source>
        <translation>комиссиянын мүчөсү</translation>
    </message>
    <message>
        <source>chair of the commission</source>
        <translation>комиссиянын төрагасы</translation>
    </message>
    <message>
        <source>Copy %1 cannot be destroyed: it is not in the safe (%2).</source>
        <translation>%1 нускасын жок кылууга болбойт: ал сейфте эмес (%2).</translation>
    </message>
    <message>
        <source>Copy %1 is under an open marking-change case and cannot be destroyed.</source>
        <translation>%1 нускасы жашыруундук грифин өзгөртүү боюнча ачык ишке киргизилген, аны жок кылууга болбойт.</translation>
    </message>
    <message>
        <source>Copy %1 is already on destruction act %2.</source>
        <translation>%1 нускасы № %2 жок кылуу актысына буга чейин эле киргизилген.</translation>
    </message>
    <message>
        <source>carriers of the other Party are destroyed only on the originator&apos;s written notice (reference and date)</source>
        <translation>башка Тараптын алып жүрүүчүлөрү маалыматты берген Тараптын жазуу жүзүндөгү билдирмеси боюнча гана жок кылынат (номери жана күнү)</translation>
    </message>
    <message>
        <source>own carriers are destroyed when their storage period expires or on a decision</source>
        <translation>өз алып жүрүүчүлөрү сактоо мөөнөтү өткөндө же чечим боюнча жок кылынат</translation>
    </message>
    <message>
        <source>one act on an originator&apos;s notice lists the carriers of that originator only</source>
        <translation>берген Тараптын билдирмеси боюнча түзүлгөн актыга ошол Тараптын алып жүрүүчүлөрү гана киргизилет</translation>
    </message>
    <message>
        <source>a chair and at least two other members, each of them once</source>
        <translation>төрага жана дагы кеминде эки мүчө, ар бири бир гана жолу</translation>
    </message>
    <message>
        <source>%1 has no valid clearance covering the highest level on the act</source>
        <translation>актыдагы эң жогорку даражага ылайык күчүндөгү уруксаты жок: %1</translation>
    </message>
    <message>
        <source>%1 keeps a copy listed on the act and cannot sit on its commission</source>
        <translation>актыга киргизилген нуска үчүн жооптуу, ошондуктан анын комиссиясынын курамына кире албайт: %1</translation>
    </message>
    <message>
        <source>not one of the methods the administrator allows</source>
        <translation>администратор уруксат берген ыкмалардын бири эмес</translation>
    </message>
    <message>
        <source>an executed act can never be changed</source>
        <translation>аткарылган актыны эч качан өзгөртүүгө болбойт</translation>
    </message>
    <message>
        <source>%1 is not on this act&apos;s commission</source>
        <translation>бул актынын комиссиясынын курамында жок: %1</translation>
    </message>
    <message>
        <source>%1 is not the chair of this act&apos;s commission</source>
        <translation>бул актынын комиссиясынын төрагасы эмес: %1</translation>
    </message>
    <message>
        <source>%1 has signed already</source>
        <translation>буга чейин эле кол койгон: %1</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>алуучу</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>cover letter number</source>
        <translation>коштомо каттын номери</translation>
    </message>
    <message>
        <source>purpose of copying</source>
        <translation>көбөйтүүнүн максаты</translation>
    </message>
    <message>
        <source>third party</source>
        <translation>үчүнчү Тарап</translation>
    </message>
    <message>
        <source>prior written consent of the originator</source>
        <translation>маалыматты берген Тараптын алдын ала жазуу жүзүндөгү макулдугу</translation>
    </message>
    <message>
        <source>who gave the permission</source>
        <translation>уруксат берген</translation>
    </message>
    <message>
        <source>permission reference</source>
        <translation>уруксаттын номери</translation>
    </message>
    <message>
        <source>permission date</source>
        <translation>уруксаттын күнү</translation>
    </message>
    <message>
        <source>copies authorised</source>
        <translation>уруксат берилген нускалардын саны</translation>
    </message>
    <message>
        <source>reason for the refusal</source>
        <translation>баш тартуунун себеби</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>өтүнүч берген</translation>
    </message>
    <message>
        <source>location</source>
        <translation>сакталган жери</translation>
    </message>
    <message>
        <source>the requester has no valid clearance covering this level</source>
        <translation>өтүнүч берген адамдын бул даражага ылайык күчүндөгү уруксаты жок</translation>
    </message>
    <message>
        <source>the permission must come from the originator</source>
        <translation>уруксатты маалыматты берген Тарап бериши керек</translation>
    </message>
    <message>
        <source>more than were asked for</source>
        <translation>суралгандан көп</translation>
    </message>
    <message>
        <source>more than the permission has left</source>
        <translation>уруксат боюнча калгандан көп</translation>
    </message>
    <message>
        <source>the registration is under the open marking-change case %1: make copies after it closes</source>
        <translation>каттоо жашыруундук грифин өзгөртүү боюнча ачык № %1 ишке киргизилген: нускаларды иш жабылгандан кийин даярдаңыз</translation>
    </message>
    <message>
        <source>no copy of the registration is in the registry&apos;s safe to copy from</source>
        <translation>көбөйтүү үчүн сейфте бул каттоонун бир да нускасы жок</translation>
    </message>
    <message>
        <source>the recipient has no valid clearance covering this level</source>
        <translation>алуучунун бул деңгээлге ылайык күчүндөгү уруксаты жок</translation>
    </message>
    <message>
        <source>the copy is on destruction act %1: take it off the act before moving it</source>
        <translation>нуска № %1 жок кылуу актысына киргизилген: аны менен аракет жасоодон мурун актыдан чыгарыңыз</translation>
    </message>
    <message>
        <source>not one of the allowed channels</source>
        <translation>уруксат берилген каналдардын бири эмес</translation>
    </message>
    <message>
        <source>title</source>
        <translation>аталышы</translation>
    </message>
    <message>
        <source>number of copies</source>
        <translation>нускалардын саны</translation>
    </message>
    <message>
        <source>number of sheets</source>
        <translation>барак саны</translation>
    </message>
    <message>
        <source>parent registration</source>
        <translation>баштапкы каттоо</translation>
    </message>
    <message>
        <source>only carriers received from the Kyrgyz party or created jointly with it come under a contract</source>
        <translation>келишимге Кыргыз Тараптан алынган же аны менен бирге түзүлгөн алып жүрүүчүлөр гана тиешелүү болот</translation>
    </message>
    <message>
        <source>marking of the Kyrgyz party</source>
        <translation>Кыргыз Тарабынын грифи</translation>
    </message>
    <message>
        <source>purpose of transfer</source>
        <translation>берүүдө көздөлгөн максат</translation>
    </message>
    <message>
        <source>derived information cannot have a lower level than its source</source>
        <translation>туунду маалыматтын жашыруундук даражасы булактыкынан төмөн боло албайт</translation>
    </message>
    <message>
        <source>the level must be the comparable Kazakh level of the Kyrgyz marking</source>
        <translation>даража кыргыз грифине салыштырылуучу казакстандык даража болушу керек</translation>
    </message>
    <message>
        <source>derivation</source>
        <translation>туундунун түрү</translation>
    </message>
    <message>
        <source>journal of the register</source>
        <translation>реестрдин каттоо журналы</translation>
    </message>
    <message>
        <source>state of the copy</source>
        <translation>нусканын абалы</translation>
    </message>
    <message>
        <source>originator</source>
        <translation>маалымат булагы</translation>
    </message>
    <message>
        <source>custodian</source>
        <translation>жооптуу адам</translation>
    </message>
    <message>
        <source>copies are made only under a permitted copy request (Copy permissions section)</source>
        <translation>нускалар уруксат берилген көбөйтүүгө өтүнүч боюнча гана даярдалат («Көбөйтүүгө уруксаттар» бөлүмү)</translation>
    </message>
    <message>
        <source>the source is being raised under the open marking-change case %1: register derived carriers after it closes</source>
        <translation>булактын даражасы жашыруундук грифин өзгөртүү боюнча ачык № %1 иштин алкагында жогорулатылууда: туунду алып жүрүүчүлөрдү иш жабылгандан кийин каттаңыз</translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation>күн келечекте</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>шифрлөө сырсөзү</translation>
    </message>
    <message>
        <source>use at least 12 characters</source>
        <translation>кеминде 12 белги колдонуңуз</translation>
    </message>
    <message>
        <source>the passphrase is wrong or the file is damaged or not a Grif export</source>
        <translation>шифрлөө сырсөзү туура эмес, же файл бузулган, же ал Grif экспорттогон файл эмес</translation>
    </message>
    <message>
        <source>export file</source>
        <translation>экспорт файлы</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>мындай папка жок</translation>
    </message>
    <message>
        <source>the system does not accept this file name: choose another</source>
        <translation>операциялык система бул файлдын атын кабыл албайт: файлдын башка атын тандаңыз</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: save it from Excel as «CSV UTF-8»</source>
        <translation>файл UTF-8 коддогу текст эмес: аны Excel&apos;ден «CSV UTF-8» катары сактаңыз</translation>
    </message>
    <message>
        <source>the file is too big for one import (64 MB at most)</source>
        <translation>файл бир жолку импорт үчүн өтө чоң (эң көп дегенде 64 МБ)</translation>
    </message>
    <message>
        <source>the file has too many rows for one import (100 000 at most)</source>
        <translation>файлда бир жолку импорт үчүн саптар өтө көп (эң көп дегенде 100 000)</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV</source>
        <translation>файлды CSV катары окуу мүмкүн эмес</translation>
    </message>
    <message>
        <source>not a column of the import file</source>
        <translation>импорт файлында мындай мамыча жок</translation>
    </message>
    <message>
        <source>this column is missing from the file</source>
        <translation>бул мамыча файлда жок</translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation>бул мамыча эки жолу кездешет</translation>
    </message>
    <message>
        <source>the row does not have as many cells as the header</source>
        <translation>саптагы уячалардын саны аталыш сабындагы уячалардын санына дал келбейт</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>күн эмес (ЖЖЖЖ-АА-КК же КК.АА.ЖЖЖЖ)</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>бүтүн сан эмес</translation>
    </message>
    <message>
        <source>not one of the codes the import accepts</source>
        <translation>импорт кабыл алган коддордун бири эмес</translation>
    </message>
    <message>
        <source>the file has no rows to import</source>
        <translation>файлда импорттоо үчүн саптар жок</translation>
    </message>
    <message>
        <source>Row %1 of the file, column %2: %3</source>
        <translation>Файлдын %1-сабы, «%2» мамычасы: %3</translation>
    </message>
    <message>
        <source>Row %1 of the file, column %2: %3. Nothing was imported.</source>
        <translation>Файлдын %1-сабы, «%2» мамычасы: %3. Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>there is nothing to print or export in this selection</source>
        <translation>бул тандоодо басып чыгара турган же экспорттой турган эч нерсе жок</translation>
    </message>
    <message>
        <source>selection of the register</source>
        <translation>реестрден тандоо</translation>
    </message>
    <message>
        <source>too many rows for one document: narrow the filter</source>
        <translation>бир документ үчүн саптар өтө көп: тандоо шарттарын тактаңыз</translation>
    </message>
    <message>
        <source>Cancelled: nothing was printed, exported or registered.</source>
        <translation>Жокко чыгарылды: эч нерсе басылып чыккан жок, экспорттолгон жок жана катталган жок.</translation>
    </message>
    <message>
        <source>The document %1 was registered but not produced. The journal records it; note its disposal in the register.</source>
        <translation>Документ катталды, бирок даярдалган жок: %1. Бул журналга катталды; реестрде анын эсептен чыгарылышын белгилеңиз.</translation>
    </message>
    <message>
        <source>a receipt confirmation is printed for carriers received from the other Party</source>
        <translation>алгандыгын ырастоо башка Тараптан алынган алып жүрүүчүлөр үчүн гана басып чыгарылат</translation>
    </message>
    <message>
        <source>new level</source>
        <translation>жаңы даража</translation>
    </message>
    <message>
        <source>registrations of the notice</source>
        <translation>билдирмедеги каттоолор</translation>
    </message>
    <message>
        <source>the registration already has this level</source>
        <translation>каттоонун даражасы буга чейин эле ушундай</translation>
    </message>
    <message>
        <source>one case either raises or lowers: the registrations of the notice differ</source>
        <translation>бир иш даражаны же жогорулатат, же төмөндөтөт: билдирмедеги каттоолор бул жагынан айырмаланат</translation>
    </message>
    <message>
        <source>%1 would be below its source %2, which keeps its level: name the source in the notice too</source>
        <translation>%1 каттоосунун даражасы анын булагы болгон %2 каттоосунукунан төмөн болуп калат, ал эми булактын даражасы өзгөрбөйт: булакты да билдирмеде көрсөтүңүз</translation>
    </message>
    <message>
        <source>the act is printed when the case is closed: every copy re-marked</source>
        <translation>акт иш жабылганда басып чыгарылат: бардык нускалардын грифи кайра коюлушу керек</translation>
    </message>
    <message>
        <source>second person</source>
        <translation>экинчи адам</translation>
    </message>
    <message>
        <source>note</source>
        <translation>эскертүү</translation>
    </message>
    <message>
        <source>the second person must be someone other than the one opening the case</source>
        <translation>экинчи адам ишти ачкан адамдан башка болушу керек</translation>
    </message>
    <message>
        <source>the second person must be a registry clerk, the head of the protection unit or the head of the organisation</source>
        <translation>экинчи адам реестрди жүргүзүүчү кызматкер, мамлекеттик сырларды коргоо бөлүмүнүн башчысы же уюмдун жетекчиси болушу керек</translation>
    </message>
    <message>
        <source>the second person has no valid clearance for the original level</source>
        <translation>экинчи адамдын баштапкы даражага ылайык күчүндөгү уруксаты жок</translation>
    </message>
    <message>
        <source>lowering or removing a marking needs a second person&apos;s confirmation</source>
        <translation>грифти төмөндөтүү же алып салуу үчүн экинчи адамдын ырастоосу талап кылынат</translation>
    </message>
    <message>
        <source>%1 copies are not re-marked yet</source>
        <translation>%1 нусканын грифи али кайра коюла элек</translation>
    </message>
    <message>
        <source>the copy is not in this case or is already ticked off</source>
        <translation>нуска бул ишке кирбейт же буга чейин эле белгиленген</translation>
    </message>
    <message>
        <source>a copy that was sent away is ticked off on the recipient&apos;s confirmation: give its reference</source>
        <translation>жөнөтүлгөн нуска алуучунун ырастоосу боюнча белгиленет: ырастоонун номерин жана күнүн көрсөтүңүз</translation>
    </message>
    <message>
        <source>the case is closed</source>
        <translation>иш жабылган</translation>
    </message>
    <message>
        <source>the copy&apos;s holder is not cleared for the new level: take the copy back first</source>
        <translation>нуска берилген адамдын жаңы даражага уруксаты жок: адегенде нусканы кайтарып алыңыз</translation>
    </message>
    <message>
        <source>Copy %1 is held by someone not cleared for the new level: take it back before closing the case.</source>
        <translation>%1 нускасы жаңы даражага уруксаты жок адамда турат: ишти жабуудан мурун аны кайтарып алыңыз.</translation>
    </message>
    <message>
        <source>who issued the notice</source>
        <translation>билдирмени берген</translation>
    </message>
    <message>
        <source>notice reference</source>
        <translation>билдирменин номери</translation>
    </message>
    <message>
        <source>notice dates</source>
        <translation>билдирменин күндөрү</translation>
    </message>
    <message>
        <source>agreement of the other Party</source>
        <translation>башка Тараптын макулдугу</translation>
    </message>
    <message>
        <source>the notice cannot be received before it was written</source>
        <translation>билдирме ал жазылганга чейин алынышы мүмкүн эмес</translation>
    </message>
    <message>
        <source>one case covers the information of one originator</source>
        <translation>бир иш бир гана маалымат булагынын маалыматын камтыйт</translation>
    </message>
    <message>
        <source>%1 is already under the open marking-change case %2</source>
        <translation>%1 каттоосу жашыруундук грифин өзгөртүү боюнча ачык № %2 ишке буга чейин эле киргизилген</translation>
    </message>
    <message>
        <source>%1 is already declassified</source>
        <translation>%1 каттоосу буга чейин эле жашыруундан чыгарылган</translation>
    </message>
    <message>
        <source>The marking of received information is changed only on its originator&apos;s notice: the notice must come from %1.</source>
        <translation>Алынган маалыматтын жашыруундук грифи маалыматты берген Тараптын билдирмеси боюнча гана өзгөртүлөт: билдирме %1 тарабынан берилиши керек.</translation>
    </message>
    <message>
        <source>date found</source>
        <translation>аныкталган күнү</translation>
    </message>
    <message>
        <source>circumstances</source>
        <translation>жагдайлары</translation>
    </message>
    <message>
        <source>information concerned</source>
        <translation>тиешелүү маалымат</translation>
    </message>
    <message>
        <source>order of the internal investigation</source>
        <translation>кызматтык иликтөө жөнүндө буйрук</translation>
    </message>
    <message>
        <source>date of the order</source>
        <translation>буйруктун күнү</translation>
    </message>
    <message>
        <source>findings of the investigation</source>
        <translation>иликтөөнүн жыйынтыктары</translation>
    </message>
    <message>
        <source>name the copies concerned or describe the information in words, with its level</source>
        <translation>тиешелүү нускаларды көрсөтүңүз же маалыматты анын даражасы менен сөз менен сыпаттаңыз</translation>
    </message>
    <message>
        <source>what the Kyrgyz party was told</source>
        <translation>Кыргыз Тарапка эмне билдирилди</translation>
    </message>
    <message>
        <source>date the notice was sent</source>
        <translation>билдирме жөнөтүлгөн күн</translation>
    </message>
    <message>
        <source>the case does not involve information of the Kyrgyz party</source>
        <translation>факт Кыргыз Тараптын маалыматына тиешелүү эмес</translation>
    </message>
    <message>
        <source>date of the check</source>
        <translation>текшерүүнүн күнү</translation>
    </message>
    <message>
        <source>reason for the check</source>
        <translation>текшерүүнүн себеби</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>нуска</translation>
    </message>
    <message>
        <source>copy number</source>
        <translation>нусканын номери</translation>
    </message>
    <message>
        <source>description</source>
        <translation>сыпаттамасы</translation>
    </message>
    <message>
        <source>an annual check is made as of 1 January</source>
        <translation>жыл сайынкы текшерүү 1-январдагы абал боюнча жүргүзүлөт</translation>
    </message>
    <message>
        <source>at least three members, each of them once</source>
        <translation>кеминде үч мүчө, ар бири бир гана жолу</translation>
    </message>
    <message>
        <source>%1 has no valid clearance covering the carriers of the check</source>
        <translation>текшерүүдөгү алып жүрүүчүлөргө ылайык күчүндөгү уруксаты жок: %1</translation>
    </message>
    <message>
        <source>finish check %1 before starting another</source>
        <translation>жаңы текшерүүнү баштоодон мурун № %1 текшерүүнү аяктаңыз</translation>
    </message>
    <message>
        <source>no carriers to check</source>
        <translation>текшере турган алып жүрүүчүлөр жок</translation>
    </message>
    <message>
        <source>%1 is not among the carriers of this check: record it as surplus if it is here</source>
        <translation>бул текшерүүнүн алып жүрүүчүлөрүнүн арасында %1 жок: эгер ал ушул жерде болсо, аны ашыкча катары каттаңыз</translation>
    </message>
    <message>
        <source>%1 copies are neither found nor marked missing: nothing is skipped silently</source>
        <translation>%1 нуска табылды деп да, табылбаган деп да белгиленген эмес: эч нерсе байкалбай калтырылбайт</translation>
    </message>
    <message>
        <source>the check is finished</source>
        <translation>текшерүү аяктаган</translation>
    </message>
    <message>
        <source>Copy %1 is no longer where a check finds it (%2).</source>
        <translation>%1 нускасы мындан ары текшерүү таба турган жерде эмес (%2).</translation>
    </message>
    <message>
        <source>Copy %1 has moved since it was marked missing (now: %2): mark it found or missing again.</source>
        <translation>%1 нускасы табылбады деп белгиленгенден кийин ордун алмаштырды (азыр: %2): аны кайрадан табылды же табылбады деп белгилеңиз.</translation>
    </message>
    <message>
        <source>notice date</source>
        <translation>билдирменин күнү</translation>
    </message>
    <message>
        <source>copies to return</source>
        <translation>кайтарыла турган нускалар</translation>
    </message>
    <message>
        <source>the originator&apos;s confirmation of receipt</source>
        <translation>берген Тараптын алгандыгын ырастоосу</translation>
    </message>
    <message>
        <source>Copy %1 cannot be returned: it is not in the safe (%2).</source>
        <translation>%1 нускасын кайтарууга болбойт: ал сейфте эмес (%2).</translation>
    </message>
    <message>
        <source>a return list holds carriers received from the other Party, from one originator</source>
        <translation>кайтаруу тизмесине башка Тараптан алынган, бир эле маалымат булагына таандык алып жүрүүчүлөр гана киргизилет</translation>
    </message>
    <message>
        <source>the return is confirmed already</source>
        <translation>кайтаруу буга чейин эле ырасталган</translation>
    </message>
    <message>
        <source>write the registration number, a slash and the copy number, e.g. 12с/2026 / 3</source>
        <translation>каттоо номерин, жантык сызыкты жана нусканын номерин жазыңыз, мисалы, 12с/2026 / 3</translation>
    </message>
    <message>
        <source>amount of damage</source>
        <translation>зыяндын өлчөмү</translation>
    </message>
    <message>
        <source>monthly calculation index</source>
        <translation>айлык эсептик көрсөткүч</translation>
    </message>
    <message>
        <source>The amount %1 MCI is outside the range of point 10 for this level: %2.</source>
        <translation>%1 АЭК өлчөмү бул даража үчүн 10-пункттагы чектен тышкары: %2.</translation>
    </message>
    <message>
        <source>no monthly calculation index is in force on %1</source>
        <translation>%1 күнү колдонулуп жаткан айлык эсептик көрсөткүч жок</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>күчүнө кирген күнү</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>катышуучу</translation>
    </message>
    <message>
        <source>clearance of the participant</source>
        <translation>катышуучунун уруксаты</translation>
    </message>
    <message>
        <source>%1 has no valid clearance of form %2 or higher, which the information requires</source>
        <translation>%1 маалымат талап кылган %2-формадан төмөн эмес жарактуу уруксатка ээ эмес</translation>
    </message>
    <message>
        <source>an expert commission includes an employee of the protection unit</source>
        <translation>эксперттик комиссиянын курамында коргоо бөлүмүнүн кызматкери болушу керек</translation>
    </message>
    <message>
        <source>a commission has one chair, one deputy chair and one secretary</source>
        <translation>комиссияда бир төрага, бир төраганын орун басары жана бир катчы болот</translation>
    </message>
    <message>
        <source>%1 does not sign the conclusion</source>
        <translation>%1 корутундуга кол койбойт</translation>
    </message>
    <message>
        <source>the commission is fixed once the conclusion is being signed</source>
        <translation>корутундуга кол коюу башталганда комиссиянын курамы өзгөртүлбөйт</translation>
    </message>
    <message>
        <source>only the chair is recorded absent (the deputy chair then signs): %1 signs</source>
        <translation>жок деп төрага гана белгиленет (анда төраганын орун басары кол коёт): %1 кол коёт</translation>
    </message>
    <message>
        <source>the conclusion is signed by the chair (or the deputy chair when the chair is absent) and the secretary: seat them first</source>
        <translation>корутундуга төрага (ал жок болсо — төраганын орун басары) жана катчы кол коёт: адегенде аларды комиссияга киргизиңиз</translation>
    </message>
    <message>
        <source>dates of the dossier</source>
        <translation>иштин күндөрү</translation>
    </message>
    <message>
        <source>order creating the expert commission</source>
        <translation>эксперттик комиссияны түзүү жөнүндө буйрук</translation>
    </message>
    <message>
        <source>owner of the information source</source>
        <translation>маалымат булагынын ээси</translation>
    </message>
    <message>
        <source>loss or disclosure case</source>
        <translation>ачыкка чыгаруу же жоготуу фактысы</translation>
    </message>
    <message>
        <source>content of the information</source>
        <translation>маалыматтардын мазмуну</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>көрсөткүч</translation>
    </message>
    <message>
        <source>methodology</source>
        <translation>методика</translation>
    </message>
    <message>
        <source>assessment of the Kyrgyz party</source>
        <translation>Кыргыз Тараптын баалоосу</translation>
    </message>
    <message>
        <source>agreement with the body with authority</source>
        <translation>ыйгарым укугу бар орган менен макулдашуу</translation>
    </message>
    <message>
        <source>outgoing number of the dispatch</source>
        <translation>жөнөтүүнүн чыгыш номери</translation>
    </message>
    <message>
        <source>other matters</source>
        <translation>башка маселелер</translation>
    </message>
    <message>
        <source>the materials cannot reach the commission before the loss or disclosure was found</source>
        <translation>материалдар жоготуу же ачыкка чыгаруу аныкталганга чейин комиссияга келе албайт</translation>
    </message>
    <message>
        <source>a loss or disclosure is assessed on its case</source>
        <translation>жоготуу же ачыкка чыгаруу өз фактысы боюнча бааланат</translation>
    </message>
    <message>
        <source>the head has authority over state secrets: no agreement is needed</source>
        <translation>жетекчинин мамлекеттик сырларды тескөө ыйгарым укугу бар: макулдашуу талап кылынбайт</translation>
    </message>
    <message>
        <source>only the owner&apos;s claim has this step</source>
        <translation>бул кадам ээсинин талабында гана болот</translation>
    </message>
    <message>
        <source>the head who assigned the assessment</source>
        <translation>баалоону тапшырган жетекчи</translation>
    </message>
    <message>
        <source>an assessment under a methodology sums the indicators considered: enter them first</source>
        <translation>методика боюнча баалоо эске алынган көрсөткүчтөрдү кошот: адегенде аларды киргизиңиз</translation>
    </message>
    <message>
        <source>the internal investigation has not confirmed the fact yet: record its findings first</source>
        <translation>кызматтык иликтөө фактыны али ырастай элек: адегенде анын жыйынтыгын киргизиңиз</translation>
    </message>
    <message>
        <source>the notice to the Kyrgyz party is not recorded: it is due at once</source>
        <translation>Кыргыз Тарапка билдирме катталган жок: ал дароо жөнөтүлүшү керек</translation>
    </message>
    <message>
        <source>the owner&apos;s claim is not dispatched (p.14)</source>
        <translation>ээсинин талабы жөнөтүлбөйт (14-пункт)</translation>
    </message>
    <message>
        <source>indicators are set once the degree is established and before the assessment</source>
        <translation>көрсөткүчтөр даража аныкталгандан кийин жана баалоого чейин киргизилет</translation>
    </message>
    <message>
        <source>files are added until the conclusion is signed</source>
        <translation>файлдар корутундуга кол коюлганга чейин кошулат</translation>
    </message>
    <message>
        <source>contract number</source>
        <translation>келишимдин номери</translation>
    </message>
    <message>
        <source>date of signing</source>
        <translation>кол коюлган күнү</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>келишимдин колдонуу мөөнөтү</translation>
    </message>
    <message>
        <source>subject of the contract</source>
        <translation>келишимдин предмети</translation>
    </message>
    <message>
        <source>our authorised body</source>
        <translation>биздин ыйгарым укуктуу орган</translation>
    </message>
    <message>
        <source>authorised body of the Kyrgyz party</source>
        <translation>Кыргыз Тараптын ыйгарым укуктуу органы</translation>
    </message>
    <message>
        <source>specifics of protection</source>
        <translation>коргоонун өзгөчөлүктөрү</translation>
    </message>
    <message>
        <source>order of resolving disputes and compensating damage</source>
        <translation>талаштуу маселелерди чечүү жана зыяндын ордун толтуруу тартиби</translation>
    </message>
    <message>
        <source>list of classified information</source>
        <translation>жашыруун маалыматтардын тизмеси</translation>
    </message>
    <message>
        <source>item of the list</source>
        <translation>тизменин пункту</translation>
    </message>
    <message>
        <source>date the contract ended</source>
        <translation>келишимдин колдонулушу токтотулган күн</translation>
    </message>
    <message>
        <source>why the contract ended</source>
        <translation>келишимдин колдонулушун токтотуунун себеби</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>каттоо</translation>
    </message>
    <message>
        <source>the date is before the contract was signed</source>
        <translation>бул күн келишимге кол коюлган күндөн мурда</translation>
    </message>
    <message>
        <source>the contract has ended: it can no longer be changed</source>
        <translation>келишимдин колдонулушу токтотулган: аны мындан ары өзгөртүүгө болбойт</translation>
    </message>
    <message>
        <source>give at least one</source>
        <translation>кеминде бирөөнү көрсөтүңүз</translation>
    </message>
    <message>
        <source>Invalid value for %1: too many entries (at most %2)</source>
        <translation>«%1» үчүн жараксыз маани: жазуулар өтө көп (эң көп дегенде %2)</translation>
    </message>
    <message>
        <source>written confirmation of the recipient&apos;s clearance and capability</source>
        <translation>алуучунун уруксаты жана коргоо мүмкүнчүлүгү жөнүндө жазуу жүзүндөгү ырастоо</translation>
    </message>
    <message>
        <source>date of the written confirmation</source>
        <translation>жазуу жүзүндөгү ырастоонун күнү</translation>
    </message>
    <message>
        <source>method of transport</source>
        <translation>ташуу ыкмасы</translation>
    </message>
    <message>
        <source>route</source>
        <translation>багыты</translation>
    </message>
    <message>
        <source>escort</source>
        <translation>коштоп жүрүү</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>фамилиясы</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>туулган күнү</translation>
    </message>
    <message>
        <source>place of birth</source>
        <translation>туулган жери</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>жарандыгы</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>паспорттун номери</translation>
    </message>
    <message>
        <source>profession</source>
        <translation>кесиби</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>келүүчүлөр</translation>
    </message>
    <message>
        <source>people to meet</source>
        <translation>жолугушуу пландалган адамдар</translation>
    </message>
    <message>
        <source>proposed date of the visit</source>
        <translation>сапардын сунушталган күнү</translation>
    </message>
    <message>
        <source>duration of the visit in days</source>
        <translation>сапардын узактыгы (күн менен)</translation>
    </message>
    <message>
        <source>organisations to visit</source>
        <translation>болуу пландалган уюмдар</translation>
    </message>
    <message>
        <source>purpose of the visit and questions</source>
        <translation>сапардын максаты жана талкуулана турган маселелер</translation>
    </message>
    <message>
        <source>direction of the visit</source>
        <translation>сапардын багыты</translation>
    </message>
    <message>
        <source>impossible date: a visitor is at least 18 and at most 100 years old on the first day of the visit</source>
        <translation>мүмкүн эмес күн: сапардын биринчи күнүндө келүүчү кеминде 18 жашта болуп, 100 жаштан ашпашы керек</translation>
    </message>
    <message>
        <source>use 5–30 Latin or Cyrillic letters, digits, spaces or hyphens</source>
        <translation>5–30 латын же кирилл тамгасын, сандарды, боштуктарды же дефистерди колдонуңуз</translation>
    </message>
    <message>
        <source>the same passport number is given twice</source>
        <translation>бир эле паспорттун номери эки жолу көрсөтүлгөн</translation>
    </message>
    <message>
        <source>the visit must begin after today</source>
        <translation>сапар бүгүндөн кийин башталышы керек</translation>
    </message>
    <message>
        <source>give a whole number of days from 1 to 365</source>
        <translation>күндөрдүн санын 1ден 365ке чейинки бүтүн сан менен көрсөтүңүз</translation>
    </message>
    <message>
        <source>%1 holds a clearance for «%2» only, below the information to be seen (S001 a.10 p.1, a.4 p.2).</source>
        <translation>%1: уруксаты «%2» даражасына гана берилген, бул көрүлө турган маалыматтын даражасынан төмөн (S001, 10-берене, 1-пункт, 4-берене, 2-пункт).</translation>
    </message>
    <message>
        <source>the request&apos;s own marking is set below the secrecy degree it names</source>
        <translation>өтүнүчтүн өз грифи анда көрсөтүлгөн жашыруундук даражасынан төмөн коюлган</translation>
    </message>
    <message>
        <source>reference of the request letter</source>
        <translation>өтүнүч катынын номери</translation>
    </message>
    <message>
        <source>date the request was sent or received</source>
        <translation>өтүнүч жөнөтүлгөн же алынган күн</translation>
    </message>
    <message>
        <source>reason for sending the request late</source>
        <translation>өтүнүчтү кечигип жөнөтүүнүн себеби</translation>
    </message>
    <message>
        <source>reference of the answer</source>
        <translation>жооптун номери</translation>
    </message>
    <message>
        <source>date of the answer</source>
        <translation>жооптун күнү</translation>
    </message>
    <message>
        <source>reason for cancelling</source>
        <translation>жокко чыгаруунун себеби</translation>
    </message>
    <message>
        <source>date the visitor was registered</source>
        <translation>келүүчү катталган күн</translation>
    </message>
    <message>
        <source>registration record of the visitor</source>
        <translation>келүүчүнүн каттоо жазуусу</translation>
    </message>
    <message>
        <source>attendance of the visitors</source>
        <translation>келүүчүлөрдүн катышуусу</translation>
    </message>
    <message>
        <source>information shown</source>
        <translation>көрсөтүлгөн маалымат</translation>
    </message>
    <message>
        <source>closing note</source>
        <translation>жабуудагы эскертүү</translation>
    </message>
    <message>
        <source>The request is dated %1 day(s) before the visit; S001 a.10 p.2 requires at least 4 weeks (the last day was %2). Record the reason it is late.</source>
        <translation>Өтүнүчтүн күнү сапарга %1 күн калганда коюлган; S001, 10-берене, 2-пункт боюнча кеминде 4 жума талап кылынат (акыркы күн %2 болгон). Кечигүүнүн себебин каттаңыз.</translation>
    </message>
    <message>
        <source>the date is not before the first day of the visit</source>
        <translation>бул күн сапардын биринчи күнүнөн мурда эмес</translation>
    </message>
    <message>
        <source>the date is before the request</source>
        <translation>бул күн өтүнүчтүн күнүнөн мурда</translation>
    </message>
    <message>
        <source>the visit has not begun yet</source>
        <translation>сапар али башталган жок</translation>
    </message>
    <message>
        <source>the date lies outside the days of the visit</source>
        <translation>бул күн сапардын күндөрүнүн чегинен тышкары</translation>
    </message>
    <message>
        <source>say for every visitor whether they came</source>
        <translation>ар бир келүүчү келген-келбегенин көрсөтүңүз</translation>
    </message>
    <message>
        <source>nobody came: cancel the visit instead of closing it</source>
        <translation>эч ким келген жок: сапарды жаппастан, аны жокко чыгарыңыз</translation>
    </message>
    <message>
        <source>«%1» is above the secrecy degree agreed for the visit: it could not be shown</source>
        <translation>«%1» сапар үчүн макулдашылган жашыруундук даражасынан жогору: аны көрсөтүүгө болмок эмес</translation>
    </message>
    <message>
        <source>when nothing was shown, say so in the closing note</source>
        <translation>эч нерсе көрсөтүлбөсө, бул тууралуу жабуудагы эскертүүдө жазыңыз</translation>
    </message>
    <message>
        <source>its manifest.json is missing</source>
        <translation>анын manifest.json файлы жок</translation>
    </message>
    <message>
        <source>its manifest.json is unreadable</source>
        <translation>анын manifest.json файлы окулбайт</translation>
    </message>
    <message>
        <source>its manifest.json was changed or belongs to another store (the seal does not match)</source>
        <translation>анын manifest.json файлы өзгөртүлгөн же башка маалымат базасына таандык (мөөр дал келбейт)</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation>Камдык көчүрмө түзүү жокко чыгарылды; эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>its store file is damaged (first bad page %1)</source>
        <translation>анын маалымат базасынын файлы бузулган (биринчи бузулган бет: %1)</translation>
    </message>
    <message>
        <source>the file %1 is missing or differs from the manifest</source>
        <translation>%1 файлы жок же манифесттен айырмаланат</translation>
    </message>
    <message>
        <source>its audit journal is broken at record %1</source>
        <translation>анын окуяларды каттоо журналынын бүтүндүгү %1 номерлүү жазууда бузулган</translation>
    </message>
    <message>
        <source>its journal head differs from the manifest</source>
        <translation>анын журналынын акыркы жазуусу манифесттен айырмаланат</translation>
    </message>
    <message>
        <source>its row counts differ from the manifest</source>
        <translation>анын таблицаларындагы саптардын саны манифесттен айырмаланат</translation>
    </message>
    <message>
        <source>it is not a copy of this store&apos;s journal</source>
        <translation>ал ушул маалымат базасынын журналынын көчүрмөсү эмес</translation>
    </message>
    <message>
        <source>the folder disappeared (was the medium removed?)</source>
        <translation>папка жок болуп кетти (алып жүрүүчү чыгарылып алындыбы?)</translation>
    </message>
    <message>
        <source>its key file</source>
        <translation>анын ачкыч файлы</translation>
    </message>
    <message>
        <source>the workstation&apos;s keyring</source>
        <translation>жумушчу станциянын ачкычтар сактагычы</translation>
    </message>
    <message>
        <source>The store was replaced by an older copy: its journal ends at record %1, its key file remembers record %2. Inform the auditor.</source>
        <translation>Маалымат базасы эскирээк көчүрмө менен алмаштырылган: анын журналы %1 номерлүү жазуу менен бүтөт, ал эми анын ачкыч файлында %2 номерлүү жазуу катталган. Аудиторго кабарлаңыз.</translation>
    </message>
    <message>
        <source>The store&apos;s journal does not match the one remembered by %3: its record %2 differs (the journal ends at record %1). The store was replaced or its journal was changed. Inform the auditor.</source>
        <translation>Маалымат базасынын журналы %3 ичинде сакталган журналга дал келбейт: анын %2 номерлүү жазуусу айырмаланат (журнал %1 номерлүү жазуу менен бүтөт). Маалымат базасы алмаштырылган же анын журналы өзгөртүлгөн. Аудиторго кабарлаңыз.</translation>
    </message>
    <message>
        <source>The journal head remembered by %3 is not valid for this store: it was changed, or the store was replaced. Inform the auditor.</source>
        <translation>%3 ичинде сакталган журналдын акыркы жазуусу бул маалымат базасы үчүн жараксыз: ал өзгөртүлгөн же маалымат базасы алмаштырылган. Аудиторго кабарлаңыз.</translation>
    </message>
    <message>
        <source>the backup is of another register than the one at %1; choose another file name</source>
        <translation>камдык көчүрмө %1 жолундагы реестрге эмес, башка реестрге таандык; файлдын башка атын тандаңыз</translation>
    </message>
    <message>
        <source>Administrator (in the backup)</source>
        <translation>Администратор (камдык көчүрмөдө)</translation>
    </message>
    <message>
        <source>its key file is missing or damaged</source>
        <translation>анын ачкыч файлы жок же бузулган</translation>
    </message>
    <message>
        <source>security event</source>
        <translation>маалыматтык коопсуздук окуясы</translation>
    </message>
    <message>
        <source>The store %1 was made by an older version of Grif and must be upgraded, which cannot be done while it is read-only. Open it once where it can be written.</source>
        <translation>Маалымат базасы (%1) Grif программасынын эскирээк версиясында түзүлгөн, аны жаңыртуу керек, бирок ал окуу үчүн гана жеткиликтүү болгондо муну аткарууга болбойт. Аны жазууга мүмкүн болгон жерде бир жолу ачыңыз.</translation>
    </message>
    <message>
        <source>a number or date</source>
        <translation>сан же күн</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>it is out of the range the register can hold</source>
        <translation>маани реестр сактай ала турган чектен тышкары</translation>
    </message>
    <message>
        <source>The store file %1 cannot be opened. Check that the disk or share holding it is connected and that you may read it.</source>
        <translation>Маалымат базасынын файлын ачуу мүмкүн эмес: %1. Ал жайгашкан диск же тармактык папка туташтырылганын жана аны окууга укугуңуз бар экенин текшериңиз.</translation>
    </message>
    <message>
        <source>The store %1 was not closed properly and is read-only here, so its last changes cannot be read. Open it once where it can be written, then try again.</source>
        <translation>Маалымат базасы (%1) туура эмес жабылган жана бул жерде окуу үчүн гана жеткиликтүү, ошондуктан анын акыркы өзгөртүүлөрүн окуу мүмкүн эмес. Аны жазууга мүмкүн болгон жерде бир жолу ачып, андан кийин кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>the version you used before</source>
        <translation>сиз мурда колдонгон</translation>
    </message>
</context>
<context>
    <name>ExecuteDialog</name>
    <message>
        <source>Execute destruction act %1</source>
        <translation>№ %1 жок кылуу актысын аткаруу</translation>
    </message>
    <message>
        <source>%1 copies (%2 sheets) will be marked destroyed in the register under act %3. The chair and one member of the commission confirm with their own passwords.</source>
        <translation>%1 нуска (%2 барак) № %3 акт боюнча реестрде жок кылынган деп белгиленет. Комиссиянын төрагасы жана бир мүчөсү муну өз сырсөздөрү менен ырасташат.</translation>
    </message>
    <message>
        <source>&amp;Chair&apos;s user name:</source>
        <translation>&amp;Төраганын колдонуучу аты:</translation>
    </message>
    <message>
        <source>Chair&apos;s &amp;password:</source>
        <translation>Төраганын &amp;сырсөзү:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Мүчө:</translation>
    </message>
    <message>
        <source>Member&apos;s pass&amp;word:</source>
        <translation>Мүчөнүн сы&amp;рсөзү:</translation>
    </message>
    <message>
        <source>Choose the member who confirms</source>
        <translation>Ырастоочу мүчөнү тандаңыз</translation>
    </message>
    <message>
        <source>&amp;Destroy the copies</source>
        <translation>Нускаларды &amp;жок кылуу</translation>
    </message>
</context>
<context>
    <name>ExpiringTab</name>
    <message>
        <source>Clearances that end within %1 days or have already ended. A negative number of days means the clearance has expired: the person has no access until it is renewed.</source>
        <translation>Мөөнөтү %1 күндүн ичинде бүтө турган же буга чейин бүткөн уруксаттар. Күндөрдүн терс саны уруксаттын мөөнөтү өткөнүн билдирет: уруксат жаңыланганга чейин адамдын жетүү мүмкүнчүлүгү жок.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарактуулук мөөнөтү</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Калган күн</translation>
    </message>
    <message>
        <source>No clearance ends within this period.</source>
        <translation>Бул мезгилдин ичинде мөөнөтү бүтө турган уруксат жок.</translation>
    </message>
    <message>
        <source>form %1</source>
        <translation>%1-форма</translation>
    </message>
    <message>
        <source>The clearance has expired.</source>
        <translation>Уруксаттын мөөнөтү өттү.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Save the export</source>
        <translation>Экспорт файлын сактоо</translation>
    </message>
    <message>
        <source>Encrypted exports (*.grif)</source>
        <translation>Шифрленген экспорт файлдары (*.grif)</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Сырсөздөр дал келбейт.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорттолууда…</translation>
    </message>
    <message>
        <source>Exported to %1; the file is registered as %2.</source>
        <translation>Экспорттолгон жери: %1; файл %2 номери менен катталды.</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>CSV&apos;ге экспорттоо</translation>
    </message>
    <message>
        <source>The rows shown (with the current filter and sort) are written to an encrypted file and the file is registered as a carrier. Give the passphrase to the recipient by another way than the file.</source>
        <translation>Көрсөтүлгөн саптар (учурдагы чыпка жана иреттөө боюнча) шифрленген файлга жазылат, ал эми файл алып жүрүүчү катары катталат. Сырсөздү алуучуга файлдан башка жол менен бериңиз.</translation>
    </message>
    <message>
        <source>&amp;Passphrase (12 characters or more):</source>
        <translation>&amp;Шифрлөө сырсөзү (кеминде 12 белги):</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation>Сырсөздү &amp;кайталаңыз:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттоо…</translation>
    </message>
</context>
<context>
    <name>FaultWarning</name>
    <message>
        <source>Grif — security warning</source>
        <translation>Grif — коопсуздук боюнча эскертүү</translation>
    </message>
    <message>
        <source>The check at start found a fault in this store.</source>
        <translation>Ишке киргизүүдөгү текшерүү бул маалымат базасында бузулууну аныктады.</translation>
    </message>
    <message>
        <source>The fault is recorded as a security event. Acknowledge it to confirm you have seen it; then investigate it, and restore the store from a verified backup if it is damaged.</source>
        <translation>Бузулуу маалыматтык коопсуздук окуясы катары катталды. Аны көргөнүңүздү ырастаңыз; андан кийин аны иликтеңиз, эгер маалымат базасы бузулган болсо, аны текшерилген камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>Көргөнүмдү &amp;ырастайм</translation>
    </message>
    <message>
        <source>The fault is recorded as a security event. Stop work with this store and inform the auditor. This warning comes back at every start until an administrator or auditor has acknowledged it.</source>
        <translation>Бузулуу маалыматтык коопсуздук окуясы катары катталды. Бул маалымат базасы менен ишти токтотуп, аудиторго кабарлаңыз. Администратор же аудитор аны көргөнүн ырастамайынча, бул эскертүү ар бир ишке киргизүүдө кайра чыгат.</translation>
    </message>
    <message>
        <source>&amp;I will inform the auditor</source>
        <translation>Аудиторго &amp;кабарлайм</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>Investigation material</source>
        <translation>Иликтөө материалы</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Эсептөө</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Буйрук</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
    <message>
        <source>Add a file to the dossier</source>
        <translation>Ишке файл кошуу</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Файлды сактоо</translation>
    </message>
    <message>
        <source>The file %1 could not be read (%2).</source>
        <translation>%1 файлын окуу мүмкүн болгон жок (%2).</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2).</source>
        <translation>%1 файлын жазуу мүмкүн болгон жок (%2).</translation>
    </message>
    <message>
        <source>%1 saved to %2. Keep it as the dossier&apos;s material.</source>
        <translation>%1 файлы сакталды: %2. Аны иштин материалы катары сактаңыз.</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>Фа&amp;йлдар:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Size, bytes</source>
        <translation>Көлөмү, байт</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Кошулган</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, кошкон: %2</translation>
    </message>
    <message>
        <source>A&amp;dd file…</source>
        <translation>&amp;Файл кошуу…</translation>
    </message>
    <message>
        <source>O&amp;pen file…</source>
        <translation>Файлды ач&amp;уу…</translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <source>Findings of the investigation of case %1</source>
        <translation>№ %1 факт боюнча иликтөөнүн жыйынтыктары</translation>
    </message>
    <message>
        <source>Investigation ordered by %1. Recording the findings closes the case.</source>
        <translation>Иликтөө дайындалган буйрук: %1. Жыйынтыктар катталганда факт боюнча иш жабылат.</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Жыйынтыктары:</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Grif — new register</source>
        <translation>Grif — жаңы реестр</translation>
    </message>
    <message>
        <source>Creating the register…</source>
        <translation>Реестр түзүлүүдө…</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Калыбына келтирүү барагын сактоо</translation>
    </message>
    <message>
        <source>Saved to %1. Print it, then delete the file.</source>
        <translation>Сакталды: %1. Аны басып чыгарып, андан кийин файлды өчүрүңүз.</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Сиздин уюм</translation>
    </message>
    <message>
        <source>These details are printed on acts and conclusions.</source>
        <translation>Бул маалыматтар актыларда жана корутундуларда басылып чыгат.</translation>
    </message>
    <message>
        <source>&amp;Organisation name</source>
        <translation>&amp;Уюмдун аталышы</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Дареги</translation>
    </message>
    <message>
        <source>&amp;Protection unit</source>
        <translation>&amp;Мамлекеттик сырларды коргоо бөлүмү</translation>
    </message>
    <message>
        <source>Where the register is kept</source>
        <translation>Реестр сакталуучу жер</translation>
    </message>
    <message>
        <source>One encrypted file, with its key file beside it.</source>
        <translation>Бир шифрленген файл жана анын жанындагы ачкыч файлы.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Тандоо…</translation>
    </message>
    <message>
        <source>Keep the register on this workstation&apos;s protected disk; back it up to a registered medium.</source>
        <translation>Реестрди ушул жумушчу станциянын корголгон дискинде сактаңыз; анын камдык көчүрмөсүн катталган алып жүрүүчүгө жазыңыз.</translation>
    </message>
    <message>
        <source>New register file</source>
        <translation>Жаңы реестрдин файлы</translation>
    </message>
    <message>
        <source>Grif registers (*.grif)</source>
        <translation>Grif реестрлери (*.grif)</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>The administrator manages accounts; this role alone gives no access to the register.</source>
        <translation>Администратор эсептик жазууларды башкарат; бул роль өзүнчө реестрге жетүү мүмкүнчүлүгүн бербейт.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Ко&amp;лдонуучунун аты</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>А&amp;ты-жөнү</translation>
    </message>
    <message>
        <source>&amp;Password (12 characters or more)</source>
        <translation>&amp;Сырсөз (12 белги же андан көп)</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>Сырсөздү ка&amp;йталаңыз</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Эки сырсөз бири-бирине дал келбейт. Аларды кайра териңиз.</translation>
    </message>
    <message>
        <source>Workstation binding</source>
        <translation>Жумушчу станцияга байлоо</translation>
    </message>
    <message>
        <source>&amp;Bind the register to this workstation</source>
        <translation>&amp;Реестрди ушул жумушчу станцияга байлоо</translation>
    </message>
    <message>
        <source>A secret kept in this computer&apos;s keyring is added to every password, so a copied register does not open elsewhere without the recovery code.</source>
        <translation>Ушул компьютердин ачкычтар сактагычында сакталган жашыруун маани ар бир сырсөзгө кошулат, ошондуктан көчүрүлгөн реестр башка жерде калыбына келтирүү кодусуз ачылбайт.</translation>
    </message>
    <message>
        <source>This computer has no protected keyring, so the register will not be bound: a copied register opens elsewhere with a password.</source>
        <translation>Бул компьютерде корголгон ачкычтар сактагычы жок, ошондуктан реестр байланбайт: көчүрүлгөн реестр башка жерде сырсөз менен ачылат.</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>Калыбына келтирүү коду</translation>
    </message>
    <message>
        <source>Write this code down or print its sheet, seal it and keep it in the safe. It is shown only now. Whoever holds it can open the register without a password.</source>
        <translation>Бул кодду жазып алыңыз же анын барагын басып чыгарыңыз, аны мөөрлөп, сейфте сактаңыз. Код азыр гана көрсөтүлөт. Бул код кимде болсо, ал реестрди сырсөзсүз ача алат.</translation>
    </message>
    <message>
        <source>&amp;Save the sheet as PDF for printing…</source>
        <translation>Басып чыгаруу үчүн баракты PDF катары &amp;сактоо…</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Мен аны жазып алдым</translation>
    </message>
    <message>
        <source>Check the written code</source>
        <translation>Жазылган кодду текшерүү</translation>
    </message>
    <message>
        <source>Type the characters of the code at these places, from your note.</source>
        <translation>Жазып алганыңызды карап, коддун ушул орундардагы белгилерин териңиз.</translation>
    </message>
    <message>
        <source>No. %1:</source>
        <translation>№ %1:</translation>
    </message>
    <message>
        <source>These characters do not match the code. Check your note.</source>
        <translation>Бул белгилер кодго дал келбейт. Жазып алганыңызды текшериңиз.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>The user guide is not installed with this copy of Grif.</source>
        <translation>Колдонуучунун колдонмосу Grif программасынын бул орнотуусу менен кошо орнотулган эмес.</translation>
    </message>
    <message>
        <source>Grif — user guide</source>
        <translation>Grif — колдонуучунун колдонмосу</translation>
    </message>
    <message>
        <source>&amp;Guide in</source>
        <translation>Колдонмонун &amp;тили</translation>
    </message>
    <message>
        <source>The guide is written in Kazakh and Russian.</source>
        <translation>Колдонмо казак жана орус тилдеринде жазылган.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose the CSV file</source>
        <translation>CSV файлын тандоо</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Файл текшерилүүдө…</translation>
    </message>
    <message>
        <source>Rows with errors: %1 of %2. Correct the file and choose it again; nothing is imported while any row is wrong.</source>
        <translation>Катасы бар саптар: %2 саптан %1. Файлды оңдоп, кайра тандаңыз; ката сап турганда эч нерсе импорттолбойт.</translation>
    </message>
    <message>
        <source>Rows ready to register: %1.</source>
        <translation>Каттоого даяр саптар: %1.</translation>
    </message>
    <message>
        <source>Registering the rows…</source>
        <translation>Саптар катталууда…</translation>
    </message>
    <message>
        <source>Registrations imported: %1 (%2 – %3).</source>
        <translation>Импорттолгон каттоолор: %1 (%2 – %3).</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>CSV&apos;ден импорттоо</translation>
    </message>
    <message>
        <source>Choose a CSV file of incoming carriers (UTF-8, a header row with the column names).</source>
        <translation>Келип түшкөн алып жүрүүчүлөрдүн CSV файлын тандаңыз (UTF-8, биринчи сапта мамычалардын аталыштары).</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Файлды &amp;тандоо…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттоо</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Сап</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Жашыруундук даражасы</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Маалымат булагы</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Нускалар</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Мамыча</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ката</translation>
    </message>
</context>
<context>
    <name>IncidentCopiesModel</name>
    <message>
        <source>Registration</source>
        <translation>Каттоо</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Нуска</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Даражасы</translation>
    </message>
    <message>
        <source>State now</source>
        <translation>Учурдагы абалы</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>%1 of %2</source>
        <translation>%2 датасындагы № %1 буйрук</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>sent on %1: %2</source>
        <translation>жөнөтүлгөн күнү %1: %2</translation>
    </message>
    <message>
        <source>not recorded yet: it is due at once</source>
        <translation>азырынча катталган жок: билдирме дароо жөнөтүлүшү керек</translation>
    </message>
    <message>
        <source>The breach is investigated under the law of the state where it happened; the amount of damage is assessed under the law of the Party whose information it is.</source>
        <translation>Бузуу ал болгон мамлекеттин мыйзамдары боюнча иликтенет; зыяндын өлчөмү маалыматы ачыкка чыккан Тараптын мыйзамдары боюнча аныкталат.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Факт № %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 № %2: %3</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрү:</translation>
    </message>
    <message>
        <source>Found on:</source>
        <translation>Аныкталган күнү:</translation>
    </message>
    <message>
        <source>Inventory check:</source>
        <translation>Бар-жогун текшерүү:</translation>
    </message>
    <message>
        <source>Circumstances:</source>
        <translation>Жагдайлары:</translation>
    </message>
    <message>
        <source>Information concerned:</source>
        <translation>Тиешелүү маалымат:</translation>
    </message>
    <message>
        <source>Investigation ordered:</source>
        <translation>Иликтөө дайындалган:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Жыйынтыктары:</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>Каттаган:</translation>
    </message>
    <message>
        <source>Notice to the Kyrgyz party:</source>
        <translation>Кыргыз Тарапка билдирме:</translation>
    </message>
    <message>
        <source>&amp;Order investigation…</source>
        <translation>Иликтөөнү &amp;дайындоо…</translation>
    </message>
    <message>
        <source>Record &amp;findings…</source>
        <translation>Жыйынтыктарды &amp;каттоо…</translation>
    </message>
    <message>
        <source>Record the notice to the &amp;Kyrgyz party…</source>
        <translation>Кыргыз Тарапка &amp;билдирмени каттоо…</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Loss</source>
        <translation>Жоготуу</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Ачыкка чыгаруу</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Катталган</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>Иликтөөдө</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылган</translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Аныкталган күнү</translation>
    </message>
    <message>
        <source>Copies or information</source>
        <translation>Нускалар же маалымат</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Даражасы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Inventory check</source>
        <translation>Бар-жогун текшерүү</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Loss and disclosure cases</source>
        <translation>Жоготуу жана ачыкка чыгаруу фактылары</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Абалы:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Бардыгы</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Жаңы факт…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ач&amp;уу…</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Indicator of damage: dossier %1</source>
        <translation>Зыяндын көрсөткүчү: № %1 иш</translation>
    </message>
    <message>
        <source>Each indicator of p.8 considered: its amount in tenge and why.</source>
        <translation>8-пункттагы эске алынган ар бир көрсөткүч: анын теңгедеги суммасы жана негиздемеси.</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Көрсөткүч:</translation>
    </message>
    <message>
        <source>&amp;Amount, tenge:</source>
        <translation>&amp;Суммасы, теңге:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Негиздеме:</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>Ки&amp;ргизүү</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>Annual check as of 1 January</source>
        <translation>1-январдагы абал боюнча жыл сайынкы текшерүү</translation>
    </message>
    <message>
        <source>Unscheduled check</source>
        <translation>Пландан тышкары текшерүү</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Жүрүп жатат</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Аяктаган</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Inventory checks</source>
        <translation>Бар-жогун текшерүү</translation>
    </message>
    <message>
        <source>&amp;Start a check…</source>
        <translation>Текшерүүнү &amp;баштоо…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ач&amp;уу…</translation>
    </message>
    <message>
        <source>&amp;Print act…</source>
        <translation>Актыны басып &amp;чыгаруу…</translation>
    </message>
</context>
<context>
    <name>InventoryTexts</name>
    <message>
        <source>Found</source>
        <translation>Табылган</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Табылбаган</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Текшериле элек</translation>
    </message>
    <message>
        <source>Expected: %1 · found: %2 · missing: %3 · not checked: %4 · surplus: %5</source>
        <translation>Күтүлгөн: %1 · табылган: %2 · табылбаган: %3 · текшерилбеген: %4 · ашыкча: %5</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue a copy</source>
        <translation>Нусканы берүү</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кимге:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Негизи:</translation>
    </message>
    <message>
        <source>People cleared for this level</source>
        <translation>Бул даражага уруксаты бар адамдар</translation>
    </message>
    <message>
        <source>Order, request or task the copy is issued for</source>
        <translation>Нуска берилүүчү буйрук, өтүнүч же тапшырма</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сыпаттамасы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Даражасы</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Каттоо номери</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>С&amp;ыпаттамасы:</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>&amp;Даражасы:</translation>
    </message>
    <message>
        <source>or Re&amp;gistration No.:</source>
        <translation>же каттоо ном&amp;ери:</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Тандаңыз</translation>
    </message>
    <message>
        <source>A registration in the register: its title and level are used</source>
        <translation>Реестрдеги каттоо: анын аталышы жана даражасы колдонулат</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Ко&amp;шуу</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Алып са&amp;луу</translation>
    </message>
    <message>
        <source>List of classified information</source>
        <translation>Жашыруун маалыматтардын тизмеси</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Убакыт</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Колдонуучу</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Жумушчу станция</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Натыйжа</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Чоо-жайы</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Of special importance</source>
        <translation>Өзгөчө маанилүү</translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation>Абдан жашыруун</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Жашыруун</translation>
    </message>
</context>
<context>
    <name>LinkRegistrationDialog</name>
    <message>
        <source>Received under contract %1</source>
        <translation>№ %1 келишим боюнча алынган каттоо</translation>
    </message>
    <message>
        <source>Contract %1: %2. Give the registration number of a carrier received from the Kyrgyz party or made jointly with it under this contract.</source>
        <translation>№ %1 келишим: %2. Ушул келишим боюнча Кыргыз Тараптан алынган же аны менен бирге түзүлгөн алып жүрүүчүнүн каттоо номерин көрсөтүңүз.</translation>
    </message>
    <message>
        <source>&amp;Registration No.:</source>
        <translation>&amp;Каттоо номери:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Байланыштыруу</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Grif is locked</source>
        <translation>Grif бөгөттөлгөн</translation>
    </message>
    <message>
        <source>Enter the password of %1 to continue.</source>
        <translation>Улантуу үчүн колдонуучунун сырсөзүн киргизиңиз: %1.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Бөгөттөн чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Колдонуучуну алмаштыруу…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Grif — log in</source>
        <translation>Grif — системага кирүү</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Колдонуучунун аты</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Сырсөз</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тил</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Кирүү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Forgot the password…</source>
        <translation>Сырсөздү &amp;унуттум…</translation>
    </message>
    <message>
        <source>The new password is set. Log in with it.</source>
        <translation>Жаңы сырсөз орнотулду. Аны менен системага кириңиз.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Grif — %1</source>
        <translation>Grif — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Бөгөттөө</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Колдонуучуну алмаштыруу…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Сырсөздү өзгөртүү…</translation>
    </message>
    <message>
        <source>Log out and &amp;quit</source>
        <translation>Системадан чыгуу жана &amp;жабуу</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Өтүү</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Тил</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Жардам</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Колдонуучунун колдонмосу</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Баскычтар айкалыштары</translation>
    </message>
    <message>
        <source>&amp;About Grif</source>
        <translation>Grif &amp;жөнүндө</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Баскычтар айкалыштары</translation>
    </message>
    <message>
        <source>About Grif</source>
        <translation>Grif жөнүндө</translation>
    </message>
    <message>
        <source>Grif %1 — the register of classified carriers.</source>
        <translation>Grif %1 — жашыруун маалыматты алып жүрүүчүлөрдүн реестри.</translation>
    </message>
</context>
<context>
    <name>MakeCopiesDialog</name>
    <message>
        <source>Registered: %1, copies %2. Write these numbers on the copies.</source>
        <translation>Катталды: %1, нускалар: %2. Бул номерлерди нускаларга жазыңыз.</translation>
    </message>
    <message>
        <source>Make copies under request %1</source>
        <translation>Өтүнүч № %1 боюнча нускаларды даярдоо</translation>
    </message>
    <message>
        <source>%1: %2
Permission: %3, ref. %4</source>
        <translation>%1: %2
Уруксат: %3, № %4</translation>
    </message>
    <message>
        <source>%1 of %2 authorised</source>
        <translation>%1 (уруксат берилгени: %2)</translation>
    </message>
    <message>
        <source>Copies left:</source>
        <translation>Калган нускалар:</translation>
    </message>
    <message>
        <source>&amp;Copies to make now:</source>
        <translation>Азыр даярдала турган &amp;нускалар:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Сакталган &amp;жери:</translation>
    </message>
    <message>
        <source>Where the source&apos;s copies are kept, if left empty</source>
        <translation>Бош калтырылса — булактын нускалары сакталган жер</translation>
    </message>
    <message>
        <source>No copies are left under this permission.</source>
        <translation>Бул уруксат боюнча нускалар калган жок.</translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <source>Raise the level</source>
        <translation>Даражаны жогорулатуу</translation>
    </message>
    <message>
        <source>Lower the level</source>
        <translation>Даражаны төмөндөтүү</translation>
    </message>
    <message>
        <source>Declassify</source>
        <translation>Жашыруундан чыгаруу</translation>
    </message>
    <message>
        <source>Agreement of 4 July 2006, article 6 item 3: 30 days from receipt of the notice</source>
        <translation>2006-жылдын 4-июлундагы Макулдашуу, 6-берене, 3-пункт: билдирме алынган күндөн тартып 30 күн</translation>
    </message>
    <message>
        <source>House rule of this organisation for own and domestic information</source>
        <translation>Уюмдун өз маалыматы жана өлкө ичиндеги маалымат үчүн ички эрежеси</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачык</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылган</translation>
    </message>
    <message>
        <source>Named in the notice</source>
        <translation>Билдирмеде көрсөтүлгөн</translation>
    </message>
    <message>
        <source>Derived from %1</source>
        <translation>%1 каттоосунан түзүлгөн</translation>
    </message>
    <message>
        <source>Derived from %1; keeps its level</source>
        <translation>%1 каттоосунан түзүлгөн; даражасы өзгөрбөйт</translation>
    </message>
</context>
<context>
    <name>MarkingCasesModel</name>
    <message>
        <source>Case</source>
        <translation>Иш</translation>
    </message>
    <message>
        <source>Registrations named</source>
        <translation>Көрсөтүлгөн каттоолор</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгөртүү</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Маалымат булагы</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Калган күн</translation>
    </message>
    <message>
        <source>Copies re-marked</source>
        <translation>Грифи кайра коюлган нускалар</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>closed on %1</source>
        <translation>жабылган күнү: %1</translation>
    </message>
</context>
<context>
    <name>MarkingCasesPage</name>
    <message>
        <source>Marking changes</source>
        <translation>Жашыруундук грифин өзгөртүү</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Абалы:</translation>
    </message>
    <message>
        <source>O&amp;riginator:</source>
        <translation>&amp;Маалымат булагы:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Мөөнө&amp;тү:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Бардыгы</translation>
    </message>
    <message>
        <source>Due within %1 days and overdue</source>
        <translation>Мөөнөтү %1 күндүн ичинде бүтө тургандар жана мөөнөтү өткөндөр</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Жаңы иш…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ач&amp;уу…</translation>
    </message>
    <message>
        <source>&amp;Print act…</source>
        <translation>Актыны &amp;басып чыгаруу…</translation>
    </message>
    <message>
        <source>Marking-change cases</source>
        <translation>Жашыруундук грифин өзгөртүү боюнча иштер</translation>
    </message>
</context>
<context>
    <name>MarkingTexts</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n күн калды</numerusform>
            <numerusform>%n күн калды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>мөөнөтү %n күнгө өттү</numerusform>
            <numerusform>мөөнөтү %n күнгө өттү</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>мөөнөтү бүгүн бүтөт</translation>
    </message>
    <message>
        <source>%1 — due soon</source>
        <translation>%1 — мөөнөтү жакындап калды</translation>
    </message>
    <message>
        <source>declassified</source>
        <translation>жашыруундан чыгарылган</translation>
    </message>
    <message>
        <source>In the safe: the registry re-marks it</source>
        <translation>Сейфте: грифин реестрди жүргүзүүчү кызматкер кайра коёт</translation>
    </message>
    <message>
        <source>Issued: the holder re-marks it</source>
        <translation>Берилген: грифин нуска берилген адам кайра коёт</translation>
    </message>
    <message>
        <source>Sent away: the recipient is told and confirms</source>
        <translation>Жөнөтүлгөн: алуучуга кабарланат, ал ырастайт</translation>
    </message>
    <message>
        <source>Above the holder&apos;s clearance: bring it back first</source>
        <translation>Нуска берилген адамдын уруксатынан жогору: адегенде нусканы кайтарып алыңыз</translation>
    </message>
    <message>
        <source>Marking change %1: %2</source>
        <translation>Жашыруундук грифин өзгөртүү № %1: %2</translation>
    </message>
</context>
<context>
    <name>MciTab</name>
    <message>
        <source>From %1 the MCI is %2 ₸.</source>
        <translation>%1 баштап АЭК %2 ₸.</translation>
    </message>
    <message>
        <source>The value from %1 is removed.</source>
        <translation>%1 баштап колдонулган маани өчүрүлдү.</translation>
    </message>
    <message>
        <source>The monthly calculation index by the date it takes effect. A damage assessment uses the value in force on the day the materials reached the commission, or on the date a court or prosecution order names.</source>
        <translation>Айлык эсептик көрсөткүч күчүнө кирген күнү боюнча. Зыянды аныктоодо материалдар комиссияга келген күнү же соттун же прокуратуранын токтомунда көрсөтүлгөн күнү колдонулган маани алынат.</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Күчүнө кирген күнү</translation>
    </message>
    <message>
        <source>Tenge</source>
        <translation>Теңге</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>Күч&amp;үнө кирген күнү:</translation>
    </message>
    <message>
        <source>&amp;Value, tenge:</source>
        <translation>Маа&amp;ниси, теңге:</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ө&amp;чүрүү</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>%1, copy No. %2: %3</source>
        <translation>%1, № %2 нуска: %3</translation>
    </message>
</context>
<context>
    <name>MoveKind</name>
    <message>
        <source>Registered</source>
        <translation>Катталган</translation>
    </message>
    <message>
        <source>Issued to a person</source>
        <translation>Адамга берилди</translation>
    </message>
    <message>
        <source>Returned by the person</source>
        <translation>Адам кайтарды</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Жөнөтүлгөн</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Алгандыгы ырасталган</translation>
    </message>
    <message>
        <source>Marking changed on the copy</source>
        <translation>Нусканын грифи өзгөртүлдү</translation>
    </message>
    <message>
        <source>Destroyed under an act</source>
        <translation>Акт боюнча жок кылынды</translation>
    </message>
    <message>
        <source>Return to the originator confirmed</source>
        <translation>Берген Тарапка кайтаруу ырасталды</translation>
    </message>
    <message>
        <source>Found missing</source>
        <translation>Жок экени аныкталды</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Rule: %1 (%2)</source>
        <translation>Эреже: %1 (%2)</translation>
    </message>
    <message>
        <source>Deadline: %1 (%2)</source>
        <translation>Мөөнөтү: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Registrations that keep their level:</source>
        <translation>Даражасы өзгөрбөгөн каттоолор:</translation>
    </message>
    <message>
        <source>New marking-change case</source>
        <translation>Жашыруундук грифин өзгөртүү боюнча жаңы иш</translation>
    </message>
    <message>
        <source>Notice &amp;issued by:</source>
        <translation>Билдирмени &amp;берген:</translation>
    </message>
    <message>
        <source>Notice &amp;reference:</source>
        <translation>Билдирменин &amp;номери:</translation>
    </message>
    <message>
        <source>Notice &amp;date:</source>
        <translation>Билдирменин &amp;күнү:</translation>
    </message>
    <message>
        <source>Date r&amp;eceived:</source>
        <translation>&amp;Алынган күнү:</translation>
    </message>
    <message>
        <source>Registrations &amp;named:</source>
        <translation>Көрсөтүлгөн каттоо&amp;лор:</translation>
    </message>
    <message>
        <source>New &amp;level:</source>
        <translation>Жаңы &amp;даража:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>&amp;Эскертүүлөр:</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>&amp;Макулдук:</translation>
    </message>
    <message>
        <source>Agreement da&amp;te:</source>
        <translation>Макулдуктун к&amp;үнү:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>К&amp;олдонуучунун аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Сырсөз:</translation>
    </message>
    <message>
        <source>The originator, or the authorised official for own information</source>
        <translation>Маалыматты берген Тарап же өз маалыматы боюнча ыйгарым укуктуу кызмат адамы</translation>
    </message>
    <message>
        <source>Registration numbers, separated by commas</source>
        <translation>Үтүр менен бөлүнгөн каттоо номерлери</translation>
    </message>
    <message>
        <source>Declassify</source>
        <translation>Жашыруундан чыгаруу</translation>
    </message>
    <message>
        <source>Choose the new level</source>
        <translation>Жаңы даражаны тандаңыз</translation>
    </message>
    <message>
        <source>Jointly created information: the other Party&apos;s agreement</source>
        <translation>Биргелешип түзүлгөн маалымат: башка Тараптын макулдугу</translation>
    </message>
    <message>
        <source>&amp;Work out affected copies</source>
        <translation>&amp;Тиешелүү нускаларды аныктоо</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Каттоо</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Нуска</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Кайда</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Тапшырма</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Экинчи адам</translation>
    </message>
    <message>
        <source>Lowering or removing a marking is confirmed by a second person cleared for the original level, with their own password.</source>
        <translation>Грифти төмөндөтүүнү же алып салууну баштапкы даражага уруксаты бар экинчи адам өзүнүн сырсөзү менен ырастайт.</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>Ишти а&amp;чуу</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <source>New loss or disclosure case</source>
        <translation>Жаңы ачыкка чыгаруу же жоготуу фактысы</translation>
    </message>
    <message>
        <source>Record the fact as soon as it is found. A lost copy is marked lost in the register at once; the internal investigation is ordered and its findings recorded on the case.</source>
        <translation>Фактыны аныкталган замат каттаңыз. Жоголгон нуска реестрде дароо жоголгон деп белгиленет; кызматтык иликтөө дайындалат жана анын жыйынтыктары ушул фактыга катталат.</translation>
    </message>
    <message>
        <source>Registered &amp;copies</source>
        <translation>Катталган &amp;нускалар</translation>
    </message>
    <message>
        <source>Information &amp;described in words</source>
        <translation>Сөз менен &amp;сыпатталган маалымат</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрү:</translation>
    </message>
    <message>
        <source>Date &amp;found:</source>
        <translation>&amp;Аныкталган күнү:</translation>
    </message>
    <message>
        <source>C&amp;ircumstances:</source>
        <translation>&amp;Жагдайлары:</translation>
    </message>
    <message>
        <source>It concerns:</source>
        <translation>Эмнеге тиешелүү:</translation>
    </message>
    <message>
        <source>Co&amp;pies:</source>
        <translation>Нус&amp;калар:</translation>
    </message>
    <message>
        <source>In&amp;formation concerned:</source>
        <translation>Тиешелүү &amp;маалымат:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Даражасы:</translation>
    </message>
    <message>
        <source>Information of the &amp;Kyrgyz party is involved</source>
        <translation>Кыргыз Тараптын маалыматына &amp;байланыштуу</translation>
    </message>
    <message>
        <source>Registration / copy No., one a line, e.g. 12с/2026 / 3</source>
        <translation>Каттоо / нуска №, ар бир сапка бирден, мисалы, 12с/2026 / 3</translation>
    </message>
</context>
<context>
    <name>NotYetPage</name>
    <message>
        <source>This section is not available yet in this version of Grif.</source>
        <translation>Бул бөлүм Grif&apos;тин ушул версиясында азырынча жок.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>OrderInvestigationDialog</name>
    <message>
        <source>Order the investigation of case %1</source>
        <translation>№ %1 факт боюнча иликтөө дайындоо</translation>
    </message>
    <message>
        <source>The number and date of the order by which the internal investigation is made.</source>
        <translation>Кызматтык иликтөө жүргүзүлө турган буйруктун номери жана күнү.</translation>
    </message>
    <message>
        <source>&amp;Order No.:</source>
        <translation>&amp;Буйруктун номери:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Күнү:</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>The organisation&apos;s details were saved.</source>
        <translation>Уюмдун маалыматтары сакталды.</translation>
    </message>
</context>
<context>
    <name>OriginatorType</name>
    <message>
        <source>Own organisation</source>
        <translation>Өз уюму</translation>
    </message>
    <message>
        <source>Another Kazakh body</source>
        <translation>Башка казакстандык орган</translation>
    </message>
    <message>
        <source>The Kyrgyz party</source>
        <translation>Кыргыз Тарабы</translation>
    </message>
    <message>
        <source>Created jointly with the Kyrgyz party</source>
        <translation>Кыргыз Тарабы менен биргелешип түзүлгөн</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Success</source>
        <translation>Ийгиликтүү</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Ийгиликсиз</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Четке кагылды</translation>
    </message>
</context>
<context>
    <name>OwnerReadDialog</name>
    <message>
        <source>The owner read the conclusion: dossier %1</source>
        <translation>Ээси корутунду менен таанышты: № %1 иш</translation>
    </message>
    <message>
        <source>%1 read the materials and the conclusion and signed that they did (p.14).</source>
        <translation>Маалымат булагынын ээси (%1) материалдар жана корутунду менен таанышып, бул тууралуу кол койду (14-пункт).</translation>
    </message>
    <message>
        <source>&amp;Read on:</source>
        <translation>&amp;Таанышкан күнү:</translation>
    </message>
    <message>
        <source>The owner &amp;attended the commission&apos;s work</source>
        <translation>Ээси комиссиянын &amp;ишине катышкан</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Каттоо</translation>
    </message>
</context>
<context>
    <name>PaperSignatureDialog</name>
    <message>
        <source>Signature on the printed conclusion %1</source>
        <translation>Басылып чыккан корутундудагы кол: № %1 иш</translation>
    </message>
    <message>
        <source>Choose who signed the printed conclusion by hand.</source>
        <translation>Басылып чыккан корутундуга өз колу менен ким кол койгонун тандаңыз.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Signed on paper:</source>
        <translation>&amp;Кагазда кол койгон:</translation>
    </message>
    <message>
        <source>&amp;Record the signature</source>
        <translation>Колду &amp;белгилөө</translation>
    </message>
</context>
<context>
    <name>PaperSignaturesDialog</name>
    <message>
        <source>Signatures on the printed act %1</source>
        <translation>Басылып чыккан № %1 актыдагы колдор</translation>
    </message>
    <message>
        <source>Tick the members of the commission who signed the printed act %1 by hand.</source>
        <translation>Басылып чыккан № %1 актыга өз колу менен кол койгон комиссия мүчөлөрүн белгилеңиз.</translation>
    </message>
    <message>
        <source>&amp;Signed on paper:</source>
        <translation>&amp;Кагазда кол койгондор:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Record the signatures</source>
        <translation>Колдорду &amp;белгилөө</translation>
    </message>
</context>
<context>
    <name>PartyNoticeDialog</name>
    <message>
        <source>Notice to the Kyrgyz party: case %1</source>
        <translation>Кыргыз Тарапка билдирме: № %1 факт</translation>
    </message>
    <message>
        <source>The Kyrgyz party is told at once of a breach involving its information: the circumstances, the consequences and the measures taken (Agreement, article 12 item 1).</source>
        <translation>Кыргыз Тарапка анын маалыматына тиешелүү бузуу тууралуу дароо билдирилет: жагдайлары, кесепеттери жана көрүлгөн чаралар (Макулдашуу, 12-берене, 1-пункт).</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Жөнөтүлгөн күнү:</translation>
    </message>
    <message>
        <source>&amp;What it said:</source>
        <translation>&amp;Эмне билдирилди:</translation>
    </message>
    <message>
        <source>Circumstances, consequences, measures taken</source>
        <translation>Жагдайлары, кесепеттери, көрүлгөн чаралар</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Каттоо</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Save the printout</source>
        <translation>Басып чыгарылган документти сактоо</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Басылып чыгууда…</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2). Choose another place; the printout is already registered, note its disposal.</source>
        <translation>%1 файлын жазуу мүмкүн болбоду (%2). Башка жерди тандаңыз; документ катталып калган, анын эсептен чыгарылышын белгилеңиз.</translation>
    </message>
    <message>
        <source>Saved to %1. The printout is registered in the register as a carrier; keep it accordingly.</source>
        <translation>Сакталган жери: %1. Басып чыгарылган документ реестрде алып жүрүүчү катары катталды; аны тиешелүү тартипте сактаңыз.</translation>
    </message>
    <message>
        <source>Print &amp;language:</source>
        <translation>Басып чыгаруу &amp;тили:</translation>
    </message>
    <message>
        <source>The printout will be registered as a carrier with the highest level of what it contains. You will be asked where to save the PDF.</source>
        <translation>Басып чыгарылган документ ичиндеги эң жогорку жашыруундук даражасы менен алып жүрүүчү катары катталат. PDF файлын кайда сактоо суралат.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Print the register extract</source>
        <translation>Реестрден үзүндүнү басып чыгаруу</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Confirm receipt</source>
        <translation>Алгандыгын ырастоо</translation>
    </message>
    <message>
        <source>&amp;Confirmation:</source>
        <translation>&amp;Ырастоо:</translation>
    </message>
    <message>
        <source>Number and date of the recipient&apos;s confirmation</source>
        <translation>Алуучунун ырастоосунун номери жана күнү</translation>
    </message>
</context>
<context>
    <name>RecoveryResetDialog</name>
    <message>
        <source>New password with the recovery code</source>
        <translation>Калыбына келтирүү коду менен жаңы сырсөз</translation>
    </message>
    <message>
        <source>Use this only when no administrator can log in. The recovery code is on the sheet kept in the safe; its use is recorded in the journal.</source>
        <translation>Муну бир дагы администратор системага кире албаган учурда гана колдонуңуз. Калыбына келтирүү коду сейфте сакталган баракта жазылган; аны колдонуу журналга катталат.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Колдонуучунун &amp;аты</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>Калыбына келтирүү &amp;коду</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Жаңы сырсөз</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Сырсөздү кайталаңыз</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Эки сырсөз бири-бирине дал келбейт. Аларды кайра териңиз.</translation>
    </message>
</context>
<context>
    <name>RegisterForms</name>
    <message>
        <source>no date</source>
        <translation>күнү жок</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Reg. No.</source>
        <translation>Каттоо №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Даражасы</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Нуска</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Барак саны</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Who has it</source>
        <translation>Кимде</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Сакталган жери</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Маалымат булагы</translation>
    </message>
    <message>
        <source>Incoming No. and date</source>
        <translation>Кирүүчү № жана күнү</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Declassified</source>
        <translation>Жашыруундан чыгарылган</translation>
    </message>
    <message>
        <source>Custodian: %1</source>
        <translation>Жооптуу адам: %1</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>Кимге берилген: %1</translation>
    </message>
    <message>
        <source>Their reference: %1</source>
        <translation>Берген Тараптын чыгуучу номери: %1</translation>
    </message>
    <message>
        <source>%1 (this column cannot be sorted)</source>
        <translation>%1 (бул мамыча боюнча иреттөөгө болбойт)</translation>
    </message>
    <message>
        <source>%1 (click to sort)</source>
        <translation>%1 (иреттөө үчүн басыңыз)</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Издөө:</translation>
    </message>
    <message>
        <source>Words of the title, a registration number, notes (Ctrl+F)</source>
        <translation>Аталыштагы сөздөр, каттоо номери, эскертүүлөр (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Даражасы:</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Бардык даражалар</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Абалы:</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Бардык абалдар</translation>
    </message>
    <message>
        <source>C&amp;ustodian:</source>
        <translation>Ж&amp;ооптуу адам:</translation>
    </message>
    <message>
        <source>All custodians</source>
        <translation>Бардык жооптуу адамдар</translation>
    </message>
    <message>
        <source>Ori&amp;ginator:</source>
        <translation>&amp;Маалымат булагы:</translation>
    </message>
    <message>
        <source>All originators</source>
        <translation>Бардык маалымат булактары</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Башталышы:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>А&amp;ягы:</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>каалаган күн</translation>
    </message>
    <message>
        <source>Any start date</source>
        <translation>Каалаган башталыш күнү</translation>
    </message>
    <message>
        <source>Any end date</source>
        <translation>Каалаган аяктоо күнү</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Та&amp;залоо</translation>
    </message>
    <message>
        <source>Show the whole register again</source>
        <translation>Реестрди кайра толугу менен көрсөтүү</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n нуска</numerusform>
            <numerusform>%n нуска</numerusform>
        </translation>
    </message>
    <message>
        <source>Register of carriers</source>
        <translation>Алып жүрүүчүлөрдүн реестри</translation>
    </message>
    <message>
        <source>Register new…</source>
        <translation>Жаңысын каттоо…</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Берүү…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Кайтаруу…</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>Жөнөтүү…</translation>
    </message>
    <message>
        <source>Confirm receipt…</source>
        <translation>Алгандыгын ырастоо…</translation>
    </message>
    <message>
        <source>Card (Enter)</source>
        <translation>Карточка (Enter)</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Мамычалар…</translation>
    </message>
    <message>
        <source>Copy registration number</source>
        <translation>Каттоо номерин көчүрүү</translation>
    </message>
    <message>
        <source>&amp;More…</source>
        <translation>&amp;Дагы…</translation>
    </message>
    <message>
        <source>Print extract…</source>
        <translation>Үзүндүнү басып чыгаруу…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV&apos;ге экспорттоо…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV&apos;ден импорттоо…</translation>
    </message>
    <message>
        <source>Print extract (%1), export CSV (%2), import CSV (%3)</source>
        <translation>Үзүндүнү басып чыгаруу (%1), CSV&apos;ге экспорттоо (%2), CSV&apos;ден импорттоо (%3)</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Register a carrier</source>
        <translation>Алып жүрүүчүнү каттоо</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Алып жүрүүчү</translation>
    </message>
    <message>
        <source>Derived from (copy, extract, translation)</source>
        <translation>Эмнеден түзүлгөн (көчүрмө, үзүндү, котормо)</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Маалымат булагы</translation>
    </message>
    <message>
        <source>Incoming and notes</source>
        <translation>Кирүүчү номер жана эскертүүлөр</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрү:</translation>
    </message>
    <message>
        <source>Se&amp;rial No.:</source>
        <translation>&amp;Сериялык номери:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>С&amp;ыйымдуулугу:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Аталышы:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Даражасы:</translation>
    </message>
    <message>
        <source>Registration &amp;date:</source>
        <translation>&amp;Каттоо күнү:</translation>
    </message>
    <message>
        <source>&amp;Basis of classification:</source>
        <translation>&amp;Грифти ыйгаруунун негизи:</translation>
    </message>
    <message>
        <source>Re&amp;view date:</source>
        <translation>Кайра ка&amp;роо күнү:</translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation>&amp;Барак саны:</translation>
    </message>
    <message>
        <source>Number of c&amp;opies:</source>
        <translation>&amp;Нускалардын саны:</translation>
    </message>
    <message>
        <source>Locatio&amp;n:</source>
        <translation>Сакталган &amp;жери:</translation>
    </message>
    <message>
        <source>Parent reg. No.:</source>
        <translation>Баштапкы каттоо номери:</translation>
    </message>
    <message>
        <source>Derivation:</source>
        <translation>Туундунун түрү:</translation>
    </message>
    <message>
        <source>Ori&amp;ginator:</source>
        <translation>&amp;Маалымат булагы:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Уюмдун аталышы:</translation>
    </message>
    <message>
        <source>Their &amp;marking:</source>
        <translation>Берген Тараптын гр&amp;ифи:</translation>
    </message>
    <message>
        <source>Their outgoing No.:</source>
        <translation>Берген Тараптын чыгуучу номери:</translation>
    </message>
    <message>
        <source>Of (date):</source>
        <translation>Күнү:</translation>
    </message>
    <message>
        <source>P&amp;urpose of transfer:</source>
        <translation>Б&amp;ерүүдө көздөлгөн максат:</translation>
    </message>
    <message>
        <source>Contrac&amp;t:</source>
        <translation>Ке&amp;лишим:</translation>
    </message>
    <message>
        <source>Under &amp;contract:</source>
        <translation>Келишим боюн&amp;ча:</translation>
    </message>
    <message>
        <source>&amp;Incoming No.:</source>
        <translation>Кирүүчү н&amp;омери:</translation>
    </message>
    <message>
        <source>Incoming dat&amp;e:</source>
        <translation>Кирүүчү к&amp;үнү:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>&amp;Эскертүүлөр:</translation>
    </message>
    <message>
        <source>Choose the level</source>
        <translation>Даражасын тандаңыз</translation>
    </message>
    <message>
        <source>As written on the carrier</source>
        <translation>Алып жүрүүчүдө жазылгандай</translation>
    </message>
    <message>
        <source>Descriptive, non-secret wording</source>
        <translation>Сыпаттоочу, жашыруун эмес аталыш</translation>
    </message>
    <message>
        <source>Item of the list of classified information</source>
        <translation>Жашыруун маалыматтар тизмесинин пункту</translation>
    </message>
    <message>
        <source>It may be used only for this purpose (S001 a.4 p.1.4)</source>
        <translation>Ушул максатта гана пайдаланылышы мүмкүн (S001, 4-берене, 1.4-пункт)</translation>
    </message>
    <message>
        <source>As written, when it is not in the list below</source>
        <translation>Төмөнкү тизмеде жок болсо — документте жазылгандай</translation>
    </message>
    <message>
        <source>Not under a contract</source>
        <translation>Келишим боюнча эмес</translation>
    </message>
    <message>
        <source>Registration number of the source</source>
        <translation>Булактын каттоо номери</translation>
    </message>
    <message>
        <source>For a Kyrgyz carrier the level follows its marking.</source>
        <translation>Кыргыз Тарабынын алып жүрүүчүсүнүн даражасы анын грифине жараша аныкталат.</translation>
    </message>
</context>
<context>
    <name>RequestDetailsDialog</name>
    <message>
        <source>Copy request %1</source>
        <translation>Көбөйтүүгө өтүнүч № %1</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>Каттоо:</translation>
    </message>
    <message>
        <source>Originator:</source>
        <translation>Маалымат булагы:</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Өтүнүч берген:</translation>
    </message>
    <message>
        <source>Requested on:</source>
        <translation>Өтүнүч берилген күнү:</translation>
    </message>
    <message>
        <source>Copies asked:</source>
        <translation>Суралган нускалар:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Максаты:</translation>
    </message>
    <message>
        <source>Third party:</source>
        <translation>Үчүнчү Тарап:</translation>
    </message>
    <message>
        <source>Originator&apos;s prior written consent:</source>
        <translation>Маалыматты берген Тараптын алдын ала жазуу жүзүндөгү макулдугу:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Абалы:</translation>
    </message>
    <message>
        <source>Permission by:</source>
        <translation>Уруксаттын түрү:</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>Берген:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Номери:</translation>
    </message>
    <message>
        <source>Dated:</source>
        <translation>Күнү:</translation>
    </message>
    <message>
        <source>Copies authorised:</source>
        <translation>Уруксат берилген нускалар:</translation>
    </message>
    <message>
        <source>Copies made:</source>
        <translation>Даярдалган нускалар:</translation>
    </message>
    <message>
        <source>Copy numbers:</source>
        <translation>Нускалардын номерлери:</translation>
    </message>
    <message>
        <source>Reason for the refusal:</source>
        <translation>Баш тартуунун себеби:</translation>
    </message>
    <message>
        <source>Decision recorded by:</source>
        <translation>Чечимди каттаган:</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Type the registration number of the carrier to be copied.</source>
        <translation>Көбөйтүлө турган алып жүрүүчүнүн каттоо номерин териңиз.</translation>
    </message>
    <message>
        <source>%1: %2
Originator: %3</source>
        <translation>%1: %2
Маалымат булагы: %3</translation>
    </message>
    <message>
        <source>New copy request</source>
        <translation>Көбөйтүүгө жаңы өтүнүч</translation>
    </message>
    <message>
        <source>&amp;Registration No.:</source>
        <translation>&amp;Каттоо номери:</translation>
    </message>
    <message>
        <source>&amp;Copies asked:</source>
        <translation>Суралган нускалардын &amp;саны:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Максаты:</translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation>&amp;Өтүнүч берген:</translation>
    </message>
    <message>
        <source>&amp;Third party:</source>
        <translation>&amp;Үчүнчү Тарап:</translation>
    </message>
    <message>
        <source>Originator&apos;s prior written c&amp;onsent:</source>
        <translation>Маалыматты берген Тараптын алдын ала жазуу жүзүндөгү макулду&amp;гу:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Издөө</translation>
    </message>
    <message>
        <source>Why the copies are needed</source>
        <translation>Нускалар эмне үчүн керек</translation>
    </message>
    <message>
        <source>Only if the copies go outside the organisation</source>
        <translation>Нускалар уюмдан тышкары берилсе гана</translation>
    </message>
    <message>
        <source>Letter No. and date of the consent</source>
        <translation>Макулдук берилген каттын номери жана күнү</translation>
    </message>
    <message>
        <source>People cleared for this level</source>
        <translation>Бул даражага уруксаты бар адамдар</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Enable the account %1</source>
        <translation>Эсептик жазууну күйгүзүү: %1</translation>
    </message>
    <message>
        <source>The account %1 comes back with a new password. Give it to the person in private; they should change it at once.</source>
        <translation>Эсептик жазуу жаңы сырсөз менен кайра күйгүзүлөт: %1. Сырсөздү адамдын өзүнө жекече бериңиз; ал аны дароо өзгөртүшү керек.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Күйгүзүү</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Сырсөздү кайра орнотуу: %1</translation>
    </message>
    <message>
        <source>The old password of %1 stops working. Give the new one to the person in private; they should change it at once.</source>
        <translation>Колдонуучунун эски сырсөзү мындан ары иштебейт: %1. Жаңы сырсөздү адамдын өзүнө жекече бериңиз; ал аны дароо өзгөртүшү керек.</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>Сырсөздү &amp;орнотуу</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Жаңы сырсөз</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>Жаңы сырсөздү кайта&amp;лаңыз</translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation>кеминде 12 белги</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Эки сырсөз бири-бирине дал келбейт. Аларды кайра териңиз.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a register from a backup</source>
        <translation>Реестрди камдык көчүрмөдөн калыбына келтирүү</translation>
    </message>
    <message>
        <source>The backup is checked completely before anything is written. The register it replaces is not deleted: it is kept beside it under a name with &quot;before-restore&quot; and the time. The restore is recorded in the journal of the restored register. Changes made after the backup are not in it.</source>
        <translation>Эч нерсе жазылганга чейин камдык көчүрмө толугу менен текшерилет. Алмаштырылуучу реестр өчүрүлбөйт: ал ошол эле папкада «before-restore» жана убакыт кошулган ат менен сакталат. Калыбына келтирүү калыбына келтирилген реестрдин журналына катталат. Камдык көчүрмө түзүлгөндөн кийин киргизилген өзгөртүүлөр анда жок.</translation>
    </message>
    <message>
        <source>The backup is checked completely, then restored into a new register file. Use the recovery code from the safe, or the password an administrator had when the backup was made.</source>
        <translation>Камдык көчүрмө толугу менен текшерилет, андан кийин реестрдин жаңы файлына калыбына келтирилет. Сейфте сакталган калыбына келтирүү кодун же камдык көчүрмө түзүлгөн учурда администратордо болгон сырсөздү колдонуңуз.</translation>
    </message>
    <message>
        <source>&amp;Backup folder</source>
        <translation>Камдык көчүрмөнүн &amp;папкасы</translation>
    </message>
    <message>
        <source>Restore &amp;into</source>
        <translation>Калыбына келтирилүүчү &amp;файл</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Колдонуучунун &amp;аты</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Сырсөз</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>Калыбына келтирүү &amp;коду</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <source>An administrator&apos;s password</source>
        <translation>Администратордун сырсөзү</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>Калыбына келтирүү коду</translation>
    </message>
    <message>
        <source>Chec&amp;k the backup</source>
        <translation>Камдык көчүрмөнү &amp;текшерүү</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Ка&amp;лыбына келтирүү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>The backup folder</source>
        <translation>Камдык көчүрмөнүн папкасы</translation>
    </message>
    <message>
        <source>The restored register</source>
        <translation>Калыбына келтирилген реестр</translation>
    </message>
    <message>
        <source>Grif registers (*.grif)</source>
        <translation>Grif реестрлери (*.grif)</translation>
    </message>
    <message>
        <source>Choose the backup folder first.</source>
        <translation>Адегенде камдык көчүрмөнүн папкасын тандаңыз.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Камдык көчүрмө текшерилүүдө…</translation>
    </message>
    <message>
        <source>The backup is whole. Made %1 by %2 on %3; %4 copies, %5 journal records.</source>
        <translation>Камдык көчүрмө бүтүн. Түзүлгөн убактысы: %1, түзгөн: %2, жумушчу станция: %3; нускалар: %4, журналдын жазуулары: %5.</translation>
    </message>
    <message>
        <source>Choose the file to restore into.</source>
        <translation>Калыбына келтирилүүчү файлды тандаңыз.</translation>
    </message>
    <message>
        <source>The register will be closed and replaced by the backup made %1. Continue?</source>
        <translation>Реестр жабылып, камдык көчүрмө менен алмаштырылат (көчүрмө түзүлгөн убакыт: %1). Улантасызбы?</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Калыбына келтирилүүдө…</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return a copy</source>
        <translation>Нусканы кайтаруу</translation>
    </message>
    <message>
        <source>Returned by: %1</source>
        <translation>Кайтарган: %1</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Негизи:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>милдеттүү эмес</translation>
    </message>
    <message>
        <source>Return carriers to the originator</source>
        <translation>Алып жүрүүчүлөрдү берген Тарапка кайтаруу</translation>
    </message>
    <message>
        <source>On the originator&apos;s written notice, copies received from the Kyrgyz party go back to it, all from one originator, through an allowed channel. They leave the register when the originator confirms the receipt.</source>
        <translation>Маалыматты берген Тараптын жазуу жүзүндөгү билдирмеси боюнча Кыргыз Тарабынан алынган нускалар ага уруксат берилген канал аркылуу кайтарылат; бир тизмеге бир гана маалымат булагынын нускалары киргизилет. Берген Тарап алгандыгын ырастагандан кийин нускалар эсептен чыгарылат.</translation>
    </message>
    <message>
        <source>Notice &amp;reference:</source>
        <translation>Билдирменин &amp;номери:</translation>
    </message>
    <message>
        <source>Notice &amp;date:</source>
        <translation>Билдирменин к&amp;үнү:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Кана&amp;л:</translation>
    </message>
    <message>
        <source>Co&amp;ver letter No.:</source>
        <translation>Коштомо ка&amp;ттын номери:</translation>
    </message>
    <message>
        <source>Choose the channel</source>
        <translation>Каналды тандаңыз</translation>
    </message>
    <message>
        <source>No. of the originator&apos;s notice</source>
        <translation>Берген Тараптын билдирмесинин номери</translation>
    </message>
    <message>
        <source>&amp;Send back</source>
        <translation>Кайтарып &amp;жөнөтүү</translation>
    </message>
</context>
<context>
    <name>ReturnListsModel</name>
    <message>
        <source>List No.</source>
        <translation>Тизме №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Даражасы</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Маалымат булагы</translation>
    </message>
    <message>
        <source>Originator&apos;s notice</source>
        <translation>Берген Тараптын билдирмеси</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Нускалар</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Алгандыгы ырасталган</translation>
    </message>
    <message>
        <source>Sent, awaiting confirmation</source>
        <translation>Жөнөтүлгөн, ырастоо күтүлүүдө</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>%2 датасындагы № %1</translation>
    </message>
</context>
<context>
    <name>ReturnViewDialog</name>
    <message>
        <source>Print the return list</source>
        <translation>Кайтаруу тизмесин басып чыгаруу</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Алгандыгы ырасталган</translation>
    </message>
    <message>
        <source>Reference of %1&apos;s confirmation that they received the copies of return list %2:</source>
        <translation>№ %2 кайтаруу тизмесиндеги нускаларды %1 алгандыгын ырастаган документтин номери жана күнү:</translation>
    </message>
    <message>
        <source>Return list %1</source>
        <translation>Кайтаруу тизмеси № %1</translation>
    </message>
    <message>
        <source>Return list No. %1 of %2</source>
        <translation>%2 датасындагы № %1 кайтаруу тизмеси</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Абалы:</translation>
    </message>
    <message>
        <source>Originator:</source>
        <translation>Маалымат булагы:</translation>
    </message>
    <message>
        <source>Originator&apos;s notice:</source>
        <translation>Берген Тараптын билдирмеси:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Cover letter No.:</source>
        <translation>Коштомо каттын номери:</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Жөнөткөн:</translation>
    </message>
    <message>
        <source>Receipt confirmed:</source>
        <translation>Алгандыгы ырасталган:</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>&amp;Нускалар:</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Каттоо номери</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Даражасы</translation>
    </message>
    <message>
        <source>Their marking</source>
        <translation>Берген Тараптын грифи</translation>
    </message>
    <message>
        <source>Copy No.</source>
        <translation>Нуска №</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Барак саны</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>&amp;Confirm receipt…</source>
        <translation>Алгандыгын &amp;ырастоо…</translation>
    </message>
    <message>
        <source>P&amp;rint return list…</source>
        <translation>Кайтаруу тизмесин басып &amp;чыгаруу…</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Registry clerk</source>
        <translation>Реестрди жүргүзүүчү кызматкер</translation>
    </message>
    <message>
        <source>Head of the protection unit</source>
        <translation>Мамлекеттик сырларды коргоо бөлүмүнүн башчысы</translation>
    </message>
    <message>
        <source>Head of the organisation</source>
        <translation>Уюмдун жетекчиси</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Аткаруучу</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Комиссиянын мүчөсү</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Аудитор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Access to personal data</source>
        <translation>Жеке маалыматтарга жетүү мүмкүнчүлүгү</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Алып жүрүүчүлөрдүн реестри</translation>
    </message>
    <message>
        <source>Marking changes</source>
        <translation>Жашыруундук грифин өзгөртүү</translation>
    </message>
    <message>
        <source>Copy permissions</source>
        <translation>Көбөйтүүгө уруксаттар</translation>
    </message>
    <message>
        <source>Destruction and returns</source>
        <translation>Жок кылуу жана кайтаруу</translation>
    </message>
    <message>
        <source>Inventory checks</source>
        <translation>Бар-жогун текшерүү</translation>
    </message>
    <message>
        <source>Loss and disclosure cases</source>
        <translation>Жоготуу жана ачыкка чыгаруу</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Зыянды аныктоо иштери</translation>
    </message>
    <message>
        <source>Visits and contracts</source>
        <translation>Сапарлар жана келишимдер</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Окуяларды каттоо журналы</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрлөө</translation>
    </message>
</context>
<context>
    <name>SecurityEvents</name>
    <message>
        <source>the workstation&apos;s keyring</source>
        <translation>жумушчу станциянын ачкычтар сактагычы</translation>
    </message>
    <message>
        <source>the key file</source>
        <translation>ачкыч файлы</translation>
    </message>
    <message>
        <source>The store file is cut short: its header says %1 pages, the file holds %2 (pages from %3 on are missing).</source>
        <translation>Маалымат базасынын файлы кыскартылган: анын баш бөлүгүндө %1 бет көрсөтүлгөн, ал эми файлда %2 бет бар (%3-беттен баштап беттер жок).</translation>
    </message>
    <message>
        <source>The store file is damaged: pages %1 fail their check.</source>
        <translation>Маалымат базасынын файлы бузулган: %1 номерлүү беттер текшерүүдөн өткөн жок.</translation>
    </message>
    <message>
        <source>The store file is damaged: page %1 fails its check.</source>
        <translation>Маалымат базасынын файлы бузулган: %1 номерлүү бет текшерүүдөн өткөн жок.</translation>
    </message>
    <message>
        <source>The store file is damaged: a page does not read (%1). The integrity check names the page.</source>
        <translation>Маалымат базасынын файлы бузулган: бир бет окулбайт (%1). Бузулган бетти бүтүндүктү текшерүү көрсөтөт.</translation>
    </message>
    <message>
        <source>Journal records before record %1 were removed.</source>
        <translation>Журналдын %1 номерлүү жазуусуна чейинки жазуулары өчүрүлгөн.</translation>
    </message>
    <message>
        <source>Journal record %1 is out of order.</source>
        <translation>Журналдын %1 номерлүү жазуусунун ирети бузулган.</translation>
    </message>
    <message>
        <source>Journal record %1 was changed, inserted or reordered.</source>
        <translation>Журналдын %1 номерлүү жазуусу өзгөртүлгөн, кыстарылган же анын орду алмаштырылган.</translation>
    </message>
    <message>
        <source>The journal head remembered by %1 is not valid for this store.</source>
        <translation>%1 ичинде сакталган журналдын акыркы жазуусу бул маалымат базасы үчүн жараксыз.</translation>
    </message>
    <message>
        <source>The journal does not match the one %2 remembers: record %1 differs (the journal ends at record %3). The store was replaced or its journal was changed.</source>
        <translation>Журнал %2 ичинде сакталган журналга дал келбейт: %1 номерлүү жазуу айырмаланат (журнал %3 номерлүү жазуу менен бүтөт). Маалымат базасы алмаштырылган же анын журналы өзгөртүлгөн.</translation>
    </message>
    <message>
        <source>The store is an older copy: its journal ends at record %1, %2 remembers record %3.</source>
        <translation>Маалымат базасы — эскирээк көчүрмө: анын журналы %1 номерлүү жазуу менен бүтөт, ал эми %2 ичинде %3 номерлүү жазуу сакталган.</translation>
    </message>
    <message>
        <source>%1 failed logins within %2 minutes (%3 – %4); accounts: %5.</source>
        <translation>Системага кирүүнүн ийгиликсиз аракеттери: %2 мүнөттүн ичинде %1 жолу (%3 – %4); эсептик жазуулар: %5.</translation>
    </message>
    <message>
        <source>Tries with unknown names: %1.</source>
        <translation>Белгисиз аттар менен жасалган аракеттер: %1.</translation>
    </message>
    <message>
        <source>found when the store was opened</source>
        <translation>маалымат базасы ачылганда аныкталды</translation>
    </message>
    <message>
        <source>found by the integrity check</source>
        <translation>бүтүндүктү текшерүүдө аныкталды</translation>
    </message>
    <message>
        <source>found while writing</source>
        <translation>жазуу учурунда аныкталды</translation>
    </message>
    <message>
        <source>found by the check at start</source>
        <translation>ишке киргизүүдөгү текшерүүдө аныкталды</translation>
    </message>
    <message>
        <source>counted at login</source>
        <translation>системага кирүүдө эсептелди</translation>
    </message>
    <message>
        <source>[waiting to be written into the journal]</source>
        <translation>[журналга жазылууну күтүүдө]</translation>
    </message>
    <message>
        <source>[seen by %1]</source>
        <translation>[көргөн: %1]</translation>
    </message>
    <message>
        <source>[not acknowledged] %1</source>
        <translation>[көрүлгөнү ырасталган эмес] %1</translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message>
        <source>Security event</source>
        <translation>Маалыматтык коопсуздук окуясы</translation>
    </message>
    <message>
        <source>Acknowledge that you have seen this security event?
%1</source>
        <translation>Бул маалыматтык коопсуздук окуясын көргөнүңүздү ырастайсызбы?
%1</translation>
    </message>
    <message>
        <source>Security events (last 30 days)</source>
        <translation>Маалыматтык коопсуздук окуялары (акыркы 30 күн)</translation>
    </message>
    <message>
        <source>Double-click an event you have seen to acknowledge it; the acknowledgement is journalled.</source>
        <translation>Көргөнүңүздү ырастоо үчүн окуяны эки жолу басыңыз; ырастоо журналга катталат.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>the PDF is not complete</source>
        <translation>PDF файлы толук эмес</translation>
    </message>
    <message>
        <source>the PDF carries no embedded font</source>
        <translation>PDF файлында камтылган шрифт жок</translation>
    </message>
    <message>
        <source>A4, %1 KB, fonts embedded</source>
        <translation>A4, %1 КБ, шрифттер камтылган</translation>
    </message>
    <message>
        <source>Self-test of the installation</source>
        <translation>Орнотуунун өзүн-өзү текшерүүсү</translation>
    </message>
    <message>
        <source>Store library</source>
        <translation>Маалымат базасынын китепканасы</translation>
    </message>
    <message>
        <source>Cipher and schema</source>
        <translation>Шифрлөө жана схема</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Шрифттер</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Котормолор</translation>
    </message>
    <message>
        <source>PDF output</source>
        <translation>PDF чыгаруу</translation>
    </message>
    <message>
        <source>Display plugin</source>
        <translation>Экран модулу</translation>
    </message>
    <message>
        <source>Installed files</source>
        <translation>Орнотулган файлдар</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Маалыматтар папкасы</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Ачкычтар сактагычы</translation>
    </message>
    <message>
        <source>the %1 translation is missing</source>
        <translation>котормо жок: %1</translation>
    </message>
    <message>
        <source>the %1 translation is incomplete</source>
        <translation>котормо толук эмес: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s own %1 translation is missing</source>
        <translation>Qt&apos;тин өз котормосу жок: %1</translation>
    </message>
    <message>
        <source>the display plugin %1 is missing</source>
        <translation>экран модулу жок: %1</translation>
    </message>
    <message>
        <source>the display plugin cannot load: %1</source>
        <translation>экран модулу жүктөлбөйт: %1</translation>
    </message>
    <message>
        <source>none here: registers cannot be bound to this workstation</source>
        <translation>бул жерде жок: реестрлерди ушул жумушчу станцияга байлоого болбойт</translation>
    </message>
    <message>
        <source>a source checkout: no list of installed files</source>
        <translation>баштапкы коддон ишке киргизилген: орнотулган файлдардын тизмеси жок</translation>
    </message>
    <message>
        <source>the list of installed files %1 is missing</source>
        <translation>орнотулган файлдардын тизмеси (%1) жок</translation>
    </message>
    <message>
        <source>files differ from the build: %1</source>
        <translation>файлдар топтомдон айырмаланат: %1</translation>
    </message>
    <message>
        <source>files as built: %1</source>
        <translation>топтомдогудай файлдар: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>bundle: %1</source>
        <translation>орнотуу топтому: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>КАТА</translation>
    </message>
    <message>
        <source>Self-test failed: %1 of %2 checks</source>
        <translation>Өзүн-өзү текшерүү ийгиликсиз: %2 текшерүүнүн %1 өтпөдү</translation>
    </message>
    <message>
        <source>Self-test passed</source>
        <translation>Өзүн-өзү текшерүү ийгиликтүү өттү</translation>
    </message>
    <message>
        <source>the SQLite library has no cipher (not SQLCipher)</source>
        <translation>SQLite китепканасында шифрлөө жок (SQLCipher эмес)</translation>
    </message>
    <message>
        <source>full-text search (FTS5) is missing</source>
        <translation>толук тексттик издөө (FTS5) жок</translation>
    </message>
    <message>
        <source>the store was written unencrypted</source>
        <translation>маалымат базасы шифрленбей жазылды</translation>
    </message>
    <message>
        <source>a wrong key opened the store</source>
        <translation>маалымат базасы туура эмес ачкыч менен ачылды</translation>
    </message>
    <message>
        <source>what was written could not be read back</source>
        <translation>жазылган маалыматты кайра окуу мүмкүн болгон жок</translation>
    </message>
    <message>
        <source>encrypted store written and read back, wrong key refused, schema %1</source>
        <translation>шифрленген маалымат базасы жазылды жана кайра окулду, туура эмес ачкыч четке кагылды, схема %1</translation>
    </message>
    <message>
        <source>Qt cannot load the font %1</source>
        <translation>Qt шрифтти жүктөй албайт: %1</translation>
    </message>
    <message>
        <source>the font lacks the letters %1</source>
        <translation>шрифтте бул тамгалар жок: %1</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Visit request %1 sent</source>
        <translation>Сапар жөнүндө № %1 өтүнүч жөнөтүлдү</translation>
    </message>
    <message>
        <source>The request went to the coordinating body of the Kyrgyz Republic. The last day to send it in time: %1.</source>
        <translation>Өтүнүч Кыргыз Республикасынын координациялоочу органына жөнөтүлдү. Аны өз убагында жөнөтүүнүн акыркы күнү: %1.</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>Жөнөтүлгөн &amp;күнү:</translation>
    </message>
    <message>
        <source>Visit request %1 received</source>
        <translation>Сапар жөнүндө № %1 өтүнүч алынды</translation>
    </message>
    <message>
        <source>The request came from the coordinating body of the Kyrgyz party. The last day it was due: %1.</source>
        <translation>Өтүнүч Кыргыз Тараптын координациялоочу органынан келди. Аны жөнөтүүнүн акыркы күнү: %1.</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>Алынган &amp;күнү:</translation>
    </message>
    <message>
        <source>Letter &amp;reference:</source>
        <translation>Каттын &amp;номери:</translation>
    </message>
    <message>
        <source>Why it is &amp;late:</source>
        <translation>Кечигүүнүн &amp;себеби:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Ка&amp;ттоо</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Registration number format</source>
        <translation>Каттоо номеринин форматы</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Уюмдун аталышы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <source>Protection unit</source>
        <translation>Мамлекеттик сырларды коргоо бөлүмү</translation>
    </message>
    <message>
        <source>Position of the head</source>
        <translation>Жетекчинин кызмат орду</translation>
    </message>
    <message>
        <source>Head&apos;s name (И.О. Фамилия)</source>
        <translation>Жетекчинин аты-жөнү (А.А. Фамилиясы)</translation>
    </message>
    <message>
        <source>Days to re-mark own and domestic information (house rule)</source>
        <translation>Өз жана өлкө ичиндеги маалыматтын грифин кайра коюу мөөнөтү, күн (ички эреже)</translation>
    </message>
    <message>
        <source>Idle lock after (minutes)</source>
        <translation>Аракетсиздиктен кийин бөгөттөө (мүнөт)</translation>
    </message>
    <message>
        <source>Default print language</source>
        <translation>Басып чыгаруунун демейки тили</translation>
    </message>
    <message>
        <source>Registration number prefix</source>
        <translation>Каттоо номеринин префикси</translation>
    </message>
    <message>
        <source>Suffix for Secret</source>
        <translation>«Жашыруун» үчүн суффикс</translation>
    </message>
    <message>
        <source>Suffix for Top secret</source>
        <translation>«Абдан жашыруун» үчүн суффикс</translation>
    </message>
    <message>
        <source>Suffix for Of special importance</source>
        <translation>«Өзгөчө маанилүү» үчүн суффикс</translation>
    </message>
    <message>
        <source>Warn this many days before the last day to send a visit request</source>
        <translation>Сапар жөнүндө өтүнүчтү жөнөтүүнүн акыркы күнүнө канча күн калганда эскертүү</translation>
    </message>
    <message>
        <source>Remind when the last verified backup is older than (days)</source>
        <translation>Акыркы текшерилген камдык көчүрмө ушундан эски болсо эскертүү (күн)</translation>
    </message>
    <message>
        <source>The 30 days of a dossier run from</source>
        <translation>Иш боюнча 30 күн ушул күндөн эсептелет</translation>
    </message>
    <message>
        <source>Methods of destruction</source>
        <translation>Жок кылуу ыкмалары</translation>
    </message>
    <message>
        <source>Domestic dispatch channels</source>
        <translation>Өлкө ичинде жөнөтүү каналдары</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейстин тили</translation>
    </message>
    <message>
        <source>Last store opened</source>
        <translation>Акыркы ачылган маалымат базасы</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Жөндөөлөр сакталды.</translation>
    </message>
</context>
<context>
    <name>ShownPanel</name>
    <message>
        <source>Information &amp;shown:</source>
        <translation>&amp;Көрсөтүлгөн маалымат:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сыпаттамасы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Даражасы</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Каттоо номери</translation>
    </message>
    <message>
        <source>Re&amp;gistration No.:</source>
        <translation>Каттоо &amp;номери:</translation>
    </message>
    <message>
        <source>Or &amp;describe it:</source>
        <translation>Же &amp;сыпаттаңыз:</translation>
    </message>
    <message>
        <source>Add from the &amp;register</source>
        <translation>&amp;Реестрден кошуу</translation>
    </message>
    <message>
        <source>Add &amp;text</source>
        <translation>&amp;Текст кошуу</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Алып са&amp;луу</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign destruction act %1</source>
        <translation>№ %1 жок кылуу актысына кол коюу</translation>
    </message>
    <message>
        <source>A member of the commission signs act %1 with their own user name and password.
Not signed yet: %2</source>
        <translation>Комиссиянын мүчөсү № %1 актыга өзүнүн колдонуучу аты жана сырсөзү менен кол коёт.
Али кол коё электер: %2</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>К&amp;олдонуучунун аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Сырсөз:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Кол коюу</translation>
    </message>
</context>
<context>
    <name>StartCheckDialog</name>
    <message>
        <source>Start an inventory check</source>
        <translation>Бар-жогун текшерүүнү баштоо</translation>
    </message>
    <message>
        <source>The check lists every copy that should be present, in the safe or issued. The commission ticks off each one it finds; what it cannot find is marked missing and opens a loss case when the check is finished.</source>
        <translation>Текшерүүгө болушу керек болгон бардык нускалар киргизилет: сейфтегилер да, берилгендер да. Комиссия тапкан ар бир нусканы белгилейт; табылбаган нуска табылбаган деп белгиленет жана текшерүү аяктаганда ал боюнча жоготуу фактысы катталат.</translation>
    </message>
    <message>
        <source>All custodians</source>
        <translation>Бардык жооптуу адамдар</translation>
    </message>
    <message>
        <source>&amp;Kind of check:</source>
        <translation>Текшерүүнүн тү&amp;рү:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Абал боюнча күн:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себеби:</translation>
    </message>
    <message>
        <source>C&amp;ustodian:</source>
        <translation>Ж&amp;ооптуу адам:</translation>
    </message>
    <message>
        <source>Sa&amp;fe (location):</source>
        <translation>Се&amp;йф (сактоо орду):</translation>
    </message>
    <message>
        <source>&amp;Commission (chair first, at least three):</source>
        <translation>&amp;Комиссия (биринчиси — төрага, кеминде үчөө):</translation>
    </message>
    <message>
        <source>e.g. change of custodian: order No. and date</source>
        <translation>мисалы, жооптуу адамдын алмашышы: буйруктун номери жана күнү</translation>
    </message>
    <message>
        <source>empty: every safe; else the location exactly as in the register</source>
        <translation>бош: бардык сейфтер; болбосо реестрдегидей так сактоо орду</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Баштоо</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Grif</source>
        <translation>Grif</translation>
    </message>
    <message>
        <source>Welcome to Grif</source>
        <translation>Grif программасына кош келиңиз</translation>
    </message>
    <message>
        <source>Create a new register for your organisation, or open an existing register file.</source>
        <translation>Уюмуңуз үчүн жаңы реестр түзүңүз же бар болгон реестрдин файлын ачыңыз.</translation>
    </message>
    <message>
        <source>&amp;Create a new register…</source>
        <translation>Жаңы реестр &amp;түзүү…</translation>
    </message>
    <message>
        <source>&amp;Open an existing register…</source>
        <translation>Бар болгон реестрди &amp;ачуу…</translation>
    </message>
    <message>
        <source>&amp;Restore a register from a backup…</source>
        <translation>Реестрди камдык көчүрмөдөн &amp;калыбына келтирүү…</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Реестрди ачуу</translation>
    </message>
    <message>
        <source>Grif registers (*.grif);;All files (*)</source>
        <translation>Grif реестрлери (*.grif);;Бардык файлдар (*)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Lock in %1</source>
        <translation>Бөгөттөөгө чейин %1</translation>
    </message>
    <message>
        <source>No clearance</source>
        <translation>Уруксат жок</translation>
    </message>
    <message>
        <source>Form %1 until %2</source>
        <translation>%1-форма, %2 чейин</translation>
    </message>
    <message>
        <source>Form %1 expired %2</source>
        <translation>%1-форма, мөөнөтү %2 өткөн</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>Байланган</translation>
    </message>
    <message>
        <source>Unbound</source>
        <translation>Байланбаган</translation>
    </message>
    <message>
        <source>the disk or share holding it is mounted read-only</source>
        <translation>ал жайгашкан диск же тармактык папка окуу үчүн гана туташтырылган</translation>
    </message>
    <message>
        <source>you may not write to the store file or its folder</source>
        <translation>маалымат базасынын файлына же анын папкасына жазууга укугуңуз жок</translation>
    </message>
    <message>
        <source>Read-only store (%1): you can look and search, nothing can be changed or printed, and this session is not recorded in the journal.</source>
        <translation>Маалымат базасы окуу үчүн гана (%1): көрүүгө жана издөөгө болот, эч нерсени өзгөртүүгө же басып чыгарууга болбойт, бул сеанс журналга катталбайт.</translation>
    </message>
</context>
<context>
    <name>SurplusDialog</name>
    <message>
        <source>Surplus item of check %1</source>
        <translation>№ %1 текшерүүдөгү ашыкча алып жүрүүчү</translation>
    </message>
    <message>
        <source>Something found that the check does not expect. Describe it (what it is, its marking, where it was found) and copy the numbers from its label, if it has any.</source>
        <translation>Текшерүүдө күтүлбөгөн нерсе табылды. Аны сыпаттаңыз (эмне экени, грифи, кайдан табылганы) жана энбелгиси болсо, андагы номерлерди көчүрүп жазыңыз.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Сыпаттамасы:</translation>
    </message>
    <message>
        <source>&amp;Registration No. on the label:</source>
        <translation>Энбелгидеги &amp;каттоо номери:</translation>
    </message>
    <message>
        <source>&amp;Copy No. on the label:</source>
        <translation>Энбелгидеги &amp;нуска №:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жок</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>%n copy request(s) wait for your decision</source>
        <translation>
            <numerusform>%n көбөйтүүгө өтүнүч сиздин чечимиңизди күтүүдө</numerusform>
            <numerusform>%n көбөйтүүгө өтүнүч сиздин чечимиңизди күтүүдө</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since it was found</source>
        <translation>
            <numerusform>аныкталгандан бери %n күн өттү</numerusform>
            <numerusform>аныкталгандан бери %n күн өттү</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-marked copy</source>
        <translation>Грифи кайра коюлган нуска</translation>
    </message>
    <message>
        <source>Have you changed the marking on copy No. %2 of %1 to %3?</source>
        <translation>%1 каттоосунун № %2 нускасындагы грифти «%3» деп өзгөрттүңүзбү?</translation>
    </message>
    <message>
        <source>Case %1 (%2), %3: due %4, %5</source>
        <translation>Иш № %1 (%2), %3: мөөнөтү %4, %5</translation>
    </message>
    <message>
        <source>Re-mark copy No. %2 of %1 as %3 (case %4): due %5, %6</source>
        <translation>%1, № %2 нусканын грифин «%3» деп кайра коюңуз (иш № %4): мөөнөтү %5, %6</translation>
    </message>
    <message>
        <source>Request %1 for %2 by %3: copies asked: %4</source>
        <translation>Өтүнүч № %1 (%2), өтүнүч берген: %3; суралган нускалар: %4</translation>
    </message>
    <message>
        <source>Marking changes: open cases</source>
        <translation>Жашыруундук грифин өзгөртүү: ачык иштер</translation>
    </message>
    <message>
        <source>Your copies to re-mark (double-click one once it is re-marked)</source>
        <translation>Грифин кайра коюу керек болгон нускаларыңыз (гриф коюлгандан кийин сапты эки жолу басыңыз)</translation>
    </message>
    <message>
        <source>Copy requests awaiting your decision</source>
        <translation>Сиздин чечимиңизди күткөн көбөйтүүгө өтүнүчтөр</translation>
    </message>
    <message>
        <source>Damage-assessment dossiers: 30-day terms</source>
        <translation>Зыяндын өлчөмүн аныктоо боюнча иштер: 30 күндүк мөөнөттөр</translation>
    </message>
    <message>
        <source>Notices to the Kyrgyz party not yet recorded</source>
        <translation>Кыргыз Тарапка катталбаган билдирмелер</translation>
    </message>
    <message>
        <source>Visit request %1: send it by %2, %3</source>
        <translation>Сапар жөнүндө № %1 өтүнүч: %2 чейин жөнөтүңүз, %3</translation>
    </message>
    <message>
        <source>Visit requests: 4 weeks before the visit (S001 a.10 p.2)</source>
        <translation>Сапар жөнүндө өтүнүчтөр: сапардан 4 жума мурун (S001, 10-берене, 2-пункт)</translation>
    </message>
    <message>
        <source>Dossier %1 (%2): due %3, %4</source>
        <translation>Иш № %1 (%2): мөөнөтү %3, %4</translation>
    </message>
    <message>
        <source>Case %1 found on %2: tell the Kyrgyz party at once — %3</source>
        <translation>Факт № %1, аныкталган күнү %2: Кыргыз Тарапка дароо билдириңиз — %3</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
    <message>
        <source>You hold no clearance: classified information is not shown to you.</source>
        <translation>Сизде уруксат жок: жашыруун маалымат сизге көрсөтүлбөйт.</translation>
    </message>
    <message>
        <source>Your clearance expired on %1. Inform the protection unit.</source>
        <translation>Сиздин уруксатыңыздын мөөнөтү %1 бүткөн. Мамлекеттик сырларды коргоо бөлүмүнө кабарлаңыз.</translation>
    </message>
    <message>
        <source>Your clearance expires on %1. Inform the protection unit.</source>
        <translation>Сиздин уруксатыңыздын мөөнөтү %1 бүтөт. Мамлекеттик сырларды коргоо бөлүмүнө кабарлаңыз.</translation>
    </message>
    <message>
        <source>Your clearance is valid until %1.</source>
        <translation>Сиздин уруксатыңыз %1 чейин жарактуу.</translation>
    </message>
    <message>
        <source>This register is bound to this workstation.</source>
        <translation>Бул реестр ушул жумушчу станцияга байланган.</translation>
    </message>
    <message>
        <source>This register is not bound to a workstation: a copied store opens anywhere with a password.</source>
        <translation>Бул реестр жумушчу станцияга байланган эмес: маалымат базасынын көчүрмөсү каалаган жерде сырсөз менен ачылат.</translation>
    </message>
    <message>
        <source>The keyring could not record the journal head. Unlock the keyring; until then an older copy of the store would go unnoticed.</source>
        <translation>Ачкычтар сактагычы журналдын акыркы жазуусун каттай алган жок. Ачкычтар сактагычын бөгөттөн чыгарыңыз; ага чейин маалымат базасынын эскирээк көчүрмөсү байкалбай калышы мүмкүн.</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Бүгүн мөөнөтү келген иш жок.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Жаңы колдонуучу</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>Колдонуучуну түзөтүү: %1</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Аты-жөнү</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Кызмат орду</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Бөлүм</translation>
    </message>
    <message>
        <source>Clearance f&amp;orm</source>
        <translation>Уруксаттын &amp;формасы</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Номери</translation>
    </message>
    <message>
        <source>&amp;Issued on</source>
        <translation>Бер&amp;илген күнү</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Жарактуулук мөөнөтү</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Сырсөз</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>Сырсөздү кай&amp;талаңыз</translation>
    </message>
    <message>
        <source>Latin lower-case letters, digits, . _ -</source>
        <translation>кичине латын тамгалары, сандар, . _ -</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ролдор</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Уруксат</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>Form 1 — Of special importance, top secret, secret</source>
        <translation>1-форма — өзгөчө маанилүү, абдан жашыруун, жашыруун</translation>
    </message>
    <message>
        <source>Form 2 — Top secret, secret</source>
        <translation>2-форма — абдан жашыруун, жашыруун</translation>
    </message>
    <message>
        <source>Form 3 — Secret</source>
        <translation>3-форма — жашыруун</translation>
    </message>
    <message>
        <source>hidden — leave empty to keep it</source>
        <translation>жашырылган — өзгөртпөө үчүн бош калтырыңыз</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Баштапкы сырсөз</translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation>кеминде 12 белги</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Түзүү</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Эки сырсөз бири-бирине дал келбейт. Аларды кайра териңиз.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>none</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>form %1, No. %2, until %3</source>
        <translation>%1-форма, № %2, %3 чейин</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активдүү</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>өчүрүлгөн</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Кызмат орду</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ролдор</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Уруксат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>Ко&amp;шуу…</translation>
    </message>
    <message>
        <source>New user (Ctrl+N)</source>
        <translation>Жаңы колдонуучу (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Түзөтүү…</translation>
    </message>
    <message>
        <source>Edit the selected user (Enter)</source>
        <translation>Тандалган колдонуучуну түзөтүү (Enter)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Өчүрүү</translation>
    </message>
    <message>
        <source>E&amp;nable…</source>
        <translation>Күй&amp;гүзүү…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Сырсөздү кайра орнотуу…</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрлөө</translation>
    </message>
    <message>
        <source>User %1 was added.</source>
        <translation>Колдонуучу кошулду: %1.</translation>
    </message>
    <message>
        <source>User %1 was saved.</source>
        <translation>Колдонуучунун маалыматтары сакталды: %1.</translation>
    </message>
    <message>
        <source>Disable the account %1 (%2)? Their password stops working at once; the account can be enabled later with a new password.</source>
        <translation>Эсептик жазууну өчүрөсүзбү: %1 (%2)? Анын сырсөзү дароо иштебей калат; эсептик жазууну кийинчерээк жаңы сырсөз менен күйгүзүүгө болот.</translation>
    </message>
    <message>
        <source>User %1 was disabled.</source>
        <translation>Колдонуучунун эсептик жазуусу өчүрүлдү: %1.</translation>
    </message>
    <message>
        <source>User %1 was enabled.</source>
        <translation>Колдонуучунун эсептик жазуусу күйгүзүлдү: %1.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Сырсөз кайра орнотулду: %1.</translation>
    </message>
</context>
<context>
    <name>VerifyWatch</name>
    <message>
        <source>Checking the journal: %1 of %2 records…</source>
        <translation>Журнал текшерилүүдө: %1 / %2 жазуу…</translation>
    </message>
    <message>
        <source>Checking the journal head…</source>
        <translation>Журналдын акыркы жазуусу текшерилүүдө…</translation>
    </message>
    <message>
        <source>Checking the store file…</source>
        <translation>Маалымат базасынын файлы текшерилүүдө…</translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation>Текшерүүнү токтотуу</translation>
    </message>
    <message>
        <source>Store checked at %1: no fault found.</source>
        <translation>Маалымат базасы текшерилди (%1): бузулуу табылган жок.</translation>
    </message>
    <message>
        <source>Store checked at %1: FAULT FOUND (acknowledged).</source>
        <translation>Маалымат базасы текшерилди (%1): БУЗУЛУУ ТАБЫЛДЫ (көргөнү ырасталган).</translation>
    </message>
    <message>
        <source>Store checked at %1: FAULT FOUND.</source>
        <translation>Маалымат базасы текшерилди (%1): БУЗУЛУУ ТАБЫЛДЫ.</translation>
    </message>
    <message>
        <source>The check at start did not finish (%1). It runs again at the next start.</source>
        <translation>Ишке киргизүүдөгү текшерүү аягына чыккан жок (%1). Ал кийинки ишке киргизүүдө кайра аткарылат.</translation>
    </message>
    <message>
        <source>The check at start was stopped. It runs again at the next start.</source>
        <translation>Ишке киргизүүдөгү текшерүү токтотулду. Ал кийинки ишке киргизүүдө кайра аткарылат.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>The request must be sent by %1, 4 weeks before the visit (S001 a.10 p.2): %2.</source>
        <translation>Өтүнүч сапардан 4 жума мурун, %1 чейин жөнөтүлүшү керек (S001, 10-берене, 2-пункт): %2.</translation>
    </message>
    <message>
        <source>Visit request %1: draft</source>
        <translation>Сапар жөнүндө № %1 өтүнүч: долбоор</translation>
    </message>
    <message>
        <source>New visit request</source>
        <translation>Сапар жөнүндө жаңы өтүнүч</translation>
    </message>
    <message>
        <source>A request for a visit with access to the other Party&apos;s classified information names everything of S001 a.10 p.2. Only people cleared for the information to be seen may visit (a.10 p.1).</source>
        <translation>Башка Тараптын жашыруун маалыматына жетүү мүмкүнчүлүгүн караган сапар жөнүндө өтүнүчтө S001, 10-берене, 2-пункт талап кылган бардык маалыматтар көрсөтүлөт. Көрүлө турган маалыматка уруксаты бар адамдар гана сапарга бара алат (10-берене, 1-пункт).</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Багыты:</translation>
    </message>
    <message>
        <source>Proposed &amp;first day:</source>
        <translation>Сунушталган би&amp;ринчи күн:</translation>
    </message>
    <message>
        <source>D&amp;uration, days:</source>
        <translation>&amp;Узактыгы, күн:</translation>
    </message>
    <message>
        <source>&amp;Organisations to visit:</source>
        <translation>Болуу пландалган у&amp;юмдар:</translation>
    </message>
    <message>
        <source>&amp;Purpose and questions:</source>
        <translation>Сапардын &amp;максаты жана маселелер:</translation>
    </message>
    <message>
        <source>&amp;Level of information seen:</source>
        <translation>Көрүлө турган маалыматтын даражас&amp;ы:</translation>
    </message>
    <message>
        <source>&amp;Marking of the request:</source>
        <translation>Өтүнүчтүн &amp;грифи:</translation>
    </message>
    <message>
        <source>&amp;Under contract:</source>
        <translation>Ке&amp;лишим боюнча:</translation>
    </message>
    <message>
        <source>Same as the level of information seen</source>
        <translation>Көрүлө турган маалыматтын даражасындай</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жок</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Долбоорду сактоо</translation>
    </message>
</context>
<context>
    <name>VisitTexts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n күн калды</numerusform>
            <numerusform>%n күн калды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>мөөнөтү %n күнгө өттү</numerusform>
            <numerusform>мөөнөтү %n күнгө өттү</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>last day today</source>
        <translation>акыркы күн — бүгүн</translation>
    </message>
    <message>
        <source>%1 — send soon</source>
        <translation>%1 — тезирээк жөнөтүңүз</translation>
    </message>
    <message>
        <source>Last day to send: %1, %2</source>
        <translation>Жөнөтүүнүн акыркы күнү: %1, %2</translation>
    </message>
    <message>
        <source>Last day to send: %1</source>
        <translation>Жөнөтүүнүн акыркы күнү: %1</translation>
    </message>
    <message>
        <source>Sent late on %1 (the last day was %2) — reason: %3</source>
        <translation>%1 кечигип жөнөтүлгөн (акыркы күн %2 болгон) — себеби: %3</translation>
    </message>
    <message>
        <source>Sent in time on %1 (the last day was %2)</source>
        <translation>%1 өз убагында жөнөтүлгөн (акыркы күн %2 болгон)</translation>
    </message>
    <message>
        <source>The request must be sent no later than 4 weeks before the visit (S001 a.10 p.2): the last day was %1, and %2 is %3 day(s) before the visit. Record why it is late.</source>
        <translation>Өтүнүч сапарга чейин 4 жумадан кечиктирилбестен жөнөтүлүшү керек (S001, 10-берене, 2-пункт): акыркы күн %1 болгон, ал эми %2 күнүнөн сапарга чейин %3 күн калган. Кечигүүнүн себебин каттаңыз.</translation>
    </message>
    <message>
        <source>Surname and name</source>
        <translation>Фамилиясы жана аты</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Туулган жери</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Жарандыгы</translation>
    </message>
    <message>
        <source>Passport No.</source>
        <translation>Паспорттун номери</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Кесиби</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Кызмат орду</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Уюм</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Уруксат</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилиясы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
</context>
<context>
    <name>VisitViewDialog</name>
    <message>
        <source>Print the visit request</source>
        <translation>Сапар жөнүндө өтүнүчтү басып чыгаруу</translation>
    </message>
    <message>
        <source>Needs the personal-data permission.</source>
        <translation>Жеке маалыматтарга жетүү укугу талап кылынат.</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>%2 датасындагы № %1</translation>
    </message>
    <message>
        <source>%1: No. %2 of %3</source>
        <translation>%1: %3 датасындагы № %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>came</source>
        <translation>келди</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>келген жок</translation>
    </message>
    <message>
        <source>Visit request %1</source>
        <translation>Сапар жөнүндө № %1 өтүнүч</translation>
    </message>
    <message>
        <source>Visit request No. %1: %2</source>
        <translation>Сапар жөнүндө № %1 өтүнүч: %2</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Багыты:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Абалы:</translation>
    </message>
    <message>
        <source>Proposed dates:</source>
        <translation>Сунушталган күндөр:</translation>
    </message>
    <message>
        <source>Organisations to visit:</source>
        <translation>Болуу пландалган уюмдар:</translation>
    </message>
    <message>
        <source>Purpose and questions:</source>
        <translation>Сапардын максаты жана маселелер:</translation>
    </message>
    <message>
        <source>Level of information seen:</source>
        <translation>Көрүлө турган маалыматтын даражасы:</translation>
    </message>
    <message>
        <source>Marking of the request:</source>
        <translation>Өтүнүчтүн грифи:</translation>
    </message>
    <message>
        <source>Under contract:</source>
        <translation>Келишим боюнча:</translation>
    </message>
    <message>
        <source>4 weeks before the visit:</source>
        <translation>Сапардан 4 жума мурун:</translation>
    </message>
    <message>
        <source>Request letter:</source>
        <translation>Өтүнүч каты:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Жообу:</translation>
    </message>
    <message>
        <source>Closed or cancelled:</source>
        <translation>Жабылган же жокко чыгарылган:</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Даярдаган:</translation>
    </message>
    <message>
        <source>&amp;Visitors:</source>
        <translation>&amp;Келүүчүлөр:</translation>
    </message>
    <message>
        <source>People to &amp;meet:</source>
        <translation>Жолугушуу пландалган &amp;адамдар:</translation>
    </message>
    <message>
        <source>Information &amp;shown:</source>
        <translation>Көрсөтүлгөн &amp;маалымат:</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Келди</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Катталган күнү</translation>
    </message>
    <message>
        <source>Registration record</source>
        <translation>Каттоо жазуусу</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сыпаттамасы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Даражасы</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Каттоо номери</translation>
    </message>
    <message>
        <source>Mark &amp;sent…</source>
        <translation>&amp;Жөнөтүлдү деп белгилөө…</translation>
    </message>
    <message>
        <source>Mark &amp;received…</source>
        <translation>А&amp;лынды деп белгилөө…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Түзөтүү…</translation>
    </message>
    <message>
        <source>Record the &amp;answer…</source>
        <translation>Ж&amp;оопту каттоо…</translation>
    </message>
    <message>
        <source>C&amp;lose the visit…</source>
        <translation>Сапарды жаб&amp;уу…</translation>
    </message>
    <message>
        <source>&amp;Cancel the visit…</source>
        <translation>Сапарды жокко &amp;чыгаруу…</translation>
    </message>
    <message>
        <source>Show &amp;personal data</source>
        <translation>Жеке маалыматтарды көр&amp;сөтүү</translation>
    </message>
    <message>
        <source>P&amp;rint request…</source>
        <translation>&amp;Өтүнүчтү басып чыгаруу…</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>Visitor</source>
        <translation>Келүүчү</translation>
    </message>
    <message>
        <source>Every field is required (S001 a.10 p.2). The date and place of birth and the passport number are personal data: only people with the personal-data permission see them once the request is saved.</source>
        <translation>Бардык талааларды толтуруу милдеттүү (S001, 10-берене, 2-пункт). Туулган күнү жана жери, паспорттун номери жеке маалыматтар болуп саналат: өтүнүч сакталгандан кийин аларды жеке маалыматтарга жетүү укугу бар адамдар гана көрө алат.</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилиясы:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Туулган күнү:</translation>
    </message>
    <message>
        <source>&amp;Place of birth:</source>
        <translation>Туулган ж&amp;ери:</translation>
    </message>
    <message>
        <source>C&amp;itizenship:</source>
        <translation>Жа&amp;рандыгы:</translation>
    </message>
    <message>
        <source>Pass&amp;port No.:</source>
        <translation>&amp;Паспорттун номери:</translation>
    </message>
    <message>
        <source>P&amp;rofession:</source>
        <translation>&amp;Кесиби:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>Кызмат &amp;орду:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>У&amp;юм:</translation>
    </message>
    <message>
        <source>&amp;Clearance:</source>
        <translation>&amp;Уруксаты:</translation>
    </message>
</context>
<context>
    <name>VisitorsPanel</name>
    <message>
        <source>&amp;Visitors:</source>
        <translation>&amp;Келүүчүлөр:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Ко&amp;шуу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Түзөтүү…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Алып &amp;салуу</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Our representatives to the Kyrgyz Republic</source>
        <translation>Биздин өкүлдөр Кыргыз Республикасына</translation>
    </message>
    <message>
        <source>Representatives of the Kyrgyz party to us</source>
        <translation>Кыргыз Тараптын өкүлдөрү бизге</translation>
    </message>
    <message>
        <source>Office of the Prime Minister of the Republic of Kazakhstan</source>
        <translation>Казакстан Республикасынын Премьер-Министринин Кеңсеси</translation>
    </message>
    <message>
        <source>National Security Service of the Kyrgyz Republic</source>
        <translation>Кыргыз Республикасынын Улуттук коопсуздук кызматы</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Долбоор</translation>
    </message>
    <message>
        <source>Request sent / received</source>
        <translation>Өтүнүч жөнөтүлдү / алынды</translation>
    </message>
    <message>
        <source>Visit agreed</source>
        <translation>Сапар макулдашылды</translation>
    </message>
    <message>
        <source>Visit refused</source>
        <translation>Сапардан баш тартылды</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
</context>
<context>
    <name>VisitsAndContractsPage</name>
    <message>
        <source>Visits and contracts</source>
        <translation>Сапарлар жана келишимдер</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Сапарлар</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Келишимдер</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>Request</source>
        <translation>Өтүнүч</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Багыты</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Proposed dates</source>
        <translation>Сунушталган күндөр</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Даражасы</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Келүүчүлөр</translation>
    </message>
    <message>
        <source>Days left to send</source>
        <translation>Жөнөтүүгө калган күн</translation>
    </message>
    <message>
        <source>sent late</source>
        <translation>кечигип жөнөтүлгөн</translation>
    </message>
</context>
<context>
    <name>VisitsSection</name>
    <message>
        <source>Visit request %1 is prepared as a draft. %2</source>
        <translation>Сапар жөнүндө № %1 өтүнүч долбоор катары даярдалды. %2</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Абалы:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Бардыгы</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Аяктай элек</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Жаңы өтүнүч…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ач&amp;уу…</translation>
    </message>
    <message>
        <source>Visit requests</source>
        <translation>Сапар жөнүндө өтүнүчтөр</translation>
    </message>
</context>
</TS>
