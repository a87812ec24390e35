<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>ActDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New destruction act</source>
        <translation>Жаңа жою актісі</translation>
    </message>
    <message>
        <source>List the copies to destroy, the basis, the method and the commission. The act is saved as a draft; the commission signs it, the head approves it, and only then are the copies destroyed.</source>
        <translation>Жойылатын даналарды, негіздемені, жою әдісін және комиссияны көрсетіңіз. Акт жоба ретінде сақталады: оған комиссия қол қояды, ұйым басшысы бекітеді және тек содан кейін ғана даналар жойылады.</translation>
    </message>
    <message>
        <source>Destruction act %1: draft</source>
        <translation>№ %1 жою актісі: жоба</translation>
    </message>
    <message>
        <source>Change the draft. The act must be signed again after any change.</source>
        <translation>Жобаны өзгертіңіз. Кез келген өзгерістен кейін актіге қайтадан қол қойылуы тиіс.</translation>
    </message>
    <message>
        <source>Saving withdraws the signatures already given (%1).</source>
        <translation>Сақтаған кезде бұрын қойылған қолдар жойылады (%1).</translation>
    </message>
    <message>
        <source>Act &amp;date:</source>
        <translation>Актінің &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Жою &amp;орны:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Негіздеме:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Нө&amp;мірі:</translation>
    </message>
    <message>
        <source>Da&amp;ted:</source>
        <translation>Күн&amp;і:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Жою &amp;әдісі:</translation>
    </message>
    <message>
        <source>How it rules out &amp;recovery:</source>
        <translation>Қалпына келтіруді болдырмау &amp;тәсілі:</translation>
    </message>
    <message>
        <source>&amp;Chair of the commission:</source>
        <translation>Комиссия т&amp;өрағасы:</translation>
    </message>
    <message>
        <source>M&amp;embers (at least two):</source>
        <translation>Комиссия м&amp;үшелері (кемінде екеуі):</translation>
    </message>
    <message>
        <source>Where the copies are destroyed, e.g. the registry&apos;s room</source>
        <translation>Даналар жойылатын орын, мысалы, тізілім жүргізілетін бөлме</translation>
    </message>
    <message>
        <source>No. of the originator&apos;s notice or of the decision</source>
        <translation>Берген Тарап хабарламасының немесе шешімнің нөмірі</translation>
    </message>
    <message>
        <source>e.g. the particles are no larger than 0.8 × 12 mm; the ash is stirred</source>
        <translation>мысалы, бөлшектердің өлшемі 0,8 × 12 мм-ден аспайды; күл араластырылады</translation>
    </message>
    <message>
        <source>Choose the method</source>
        <translation>Жою әдісін таңдаңыз</translation>
    </message>
    <message>
        <source>Choose the basis</source>
        <translation>Негіздемені таңдаңыз</translation>
    </message>
    <message>
        <source>Choose the chair</source>
        <translation>Төрағаны таңдаңыз</translation>
    </message>
    <message>
        <source>Members of the commission</source>
        <translation>Комиссия мүшелері</translation>
    </message>
    <message>
        <source>&amp;Save the draft</source>
        <translation>Жобаны &amp;сақтау</translation>
    </message>
</context>
<context>
    <name>ActViewDialog</name>
    <message>
        <source>Print the destruction act</source>
        <translation>Жою актісін басып шығару</translation>
    </message>
    <message>
        <source>Approve the act</source>
        <translation>Актіні бекіту</translation>
    </message>
    <message>
        <source>Approve destruction act %1 (%2 copies) as the head of the organisation?</source>
        <translation>№ %1 жою актісін (%2 дана) ұйым басшысы ретінде бекітесіз бе?</translation>
    </message>
    <message>
        <source>Return the act to draft</source>
        <translation>Актіні жобаға қайтару</translation>
    </message>
    <message>
        <source>Return destruction act %1 to draft? The signatures and the approval given are withdrawn; the act can then be corrected and signed again.</source>
        <translation>№ %1 жою актісін жобаға қайтарасыз ба? Қойылған қолдар мен бекіту күшін жояды; содан кейін актіні түзетіп, қайта қол қоюға болады.</translation>
    </message>
    <message>
        <source>Execute the act</source>
        <translation>Актіні орындау</translation>
    </message>
    <message>
        <source>Execute destruction act %1? Its %2 copies will be marked destroyed in the register. This cannot be undone.</source>
        <translation>№ %1 жою актісін орындайсыз ба? Актідегі %2 дана тізілімде жойылған деп белгіленеді. Бұл әрекетті кері қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1; confirmed by the chair %2 and the member %3</source>
        <translation>%1; растағандар: комиссия төрағасы %2 және комиссия мүшесі %3</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>әлі қол қойылмаған</translation>
    </message>
    <message>
        <source>Total: %1 copies, %2 sheets</source>
        <translation>Барлығы: %1 дана, %2 парақ</translation>
    </message>
    <message>
        <source>Destruction act %1</source>
        <translation>№ %1 жою актісі</translation>
    </message>
    <message>
        <source>Destruction act No. %1 of %2</source>
        <translation>%2 жылғы № %1 жою актісі</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Негіздеме:</translation>
    </message>
    <message>
        <source>Originator:</source>
        <translation>Ақпарат көзі:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Жою орны:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Жою әдісі:</translation>
    </message>
    <message>
        <source>How it rules out recovery:</source>
        <translation>Қалпына келтіруді болдырмау тәсілі:</translation>
    </message>
    <message>
        <source>Drawn up by:</source>
        <translation>Актіні жасаған:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Бекіткен:</translation>
    </message>
    <message>
        <source>Executed:</source>
        <translation>Орындалды:</translation>
    </message>
    <message>
        <source>Co&amp;mmission:</source>
        <translation>&amp;Комиссия:</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>Д&amp;аналар:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Қолы</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>Copy No.</source>
        <translation>Дана №</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Парақ саны</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Өң&amp;деу…</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Қол қою…</translation>
    </message>
    <message>
        <source>Record &amp;paper signatures…</source>
        <translation>Қағаздағы қолдарды &amp;тіркеу…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Бекіту</translation>
    </message>
    <message>
        <source>Back to &amp;draft…</source>
        <translation>&amp;Жобаға қайтару…</translation>
    </message>
    <message>
        <source>E&amp;xecute…</source>
        <translation>&amp;Орындау…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Login</source>
        <translation>Жүйеге кіру</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Жүйеден шығу</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Жүйеге кірудің сәтсіз әрекеті</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Сеансты бұғаттау</translation>
    </message>
    <message>
        <source>Session unlocked</source>
        <translation>Сеансты бұғаттан шығару</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Пайдаланушыны қосу</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Пайдаланушы деректерін өзгерту</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Есептік жазбаны өшіру</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Есептік жазбаны қайта қосу</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Құпиясөзді қайта орнату</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <source>User list viewed</source>
        <translation>Пайдаланушылар тізімін қарау</translation>
    </message>
    <message>
        <source>User card viewed</source>
        <translation>Пайдаланушы карточкасын қарау</translation>
    </message>
    <message>
        <source>Expiring clearances viewed</source>
        <translation>Мерзімі аяқталатын рұқсат нысандарын қарау</translation>
    </message>
    <message>
        <source>Store created</source>
        <translation>Мәліметтер базасын құру</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>Тұтастықты тексеру</translation>
    </message>
    <message>
        <source>Store key changed</source>
        <translation>Мәліметтер базасының кілтін ауыстыру</translation>
    </message>
    <message>
        <source>Store bound to the workstation</source>
        <translation>Мәліметтер базасын жұмыс станциясына байланыстыру</translation>
    </message>
    <message>
        <source>Store unbound from the workstation</source>
        <translation>Мәліметтер базасын жұмыс станциясынан ажырату</translation>
    </message>
    <message>
        <source>Store moved to another workstation</source>
        <translation>Мәліметтер базасын басқа жұмыс станциясына көшіру</translation>
    </message>
    <message>
        <source>Raw store key disclosed</source>
        <translation>Мәліметтер базасының кілтін ашық түрде шығару</translation>
    </message>
    <message>
        <source>Backup started</source>
        <translation>Резервтік көшірме жасауды бастау</translation>
    </message>
    <message>
        <source>Backup written and verified</source>
        <translation>Резервтік көшірмені жазу және тексеру</translation>
    </message>
    <message>
        <source>Store restored from a backup</source>
        <translation>Мәліметтер базасын резервтік көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Store brought up to a new version of Grif</source>
        <translation>Мәліметтер базасын Grif-тің жаңа нұсқасына жаңарту</translation>
    </message>
    <message>
        <source>Security event: store file damaged</source>
        <translation>Ақпараттық қауіпсіздік оқиғасы: мәліметтер базасы файлының бүлінуі</translation>
    </message>
    <message>
        <source>Security event: older copy of the store</source>
        <translation>Ақпараттық қауіпсіздік оқиғасы: мәліметтер базасының ескірек көшірмесі</translation>
    </message>
    <message>
        <source>Security event: journal chain broken</source>
        <translation>Ақпараттық қауіпсіздік оқиғасы: журнал тізбегінің бұзылуы</translation>
    </message>
    <message>
        <source>Security event: burst of failed logins</source>
        <translation>Ақпараттық қауіпсіздік оқиғасы: қысқа уақыт ішінде жүйеге кірудің көп сәтсіз әрекеті</translation>
    </message>
    <message>
        <source>Security event acknowledged</source>
        <translation>Ақпараттық қауіпсіздік оқиғасымен танысуды растау</translation>
    </message>
    <message>
        <source>Journal exported</source>
        <translation>Журналды экспорттау</translation>
    </message>
    <message>
        <source>Journal viewed</source>
        <translation>Журналды қарау</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Баптауларды өзгерту</translation>
    </message>
    <message>
        <source>Recovery sheet printed</source>
        <translation>Қалпына келтіру парағын басып шығару</translation>
    </message>
    <message>
        <source>Register extract printed</source>
        <translation>Тізілімнен үзіндіні басып шығару</translation>
    </message>
    <message>
        <source>Copy card printed</source>
        <translation>Дана карточкасын басып шығару</translation>
    </message>
    <message>
        <source>Receipt confirmation printed</source>
        <translation>Алғандығын растау құжатын басып шығару</translation>
    </message>
    <message>
        <source>Carrier registered</source>
        <translation>Жеткізгішті тіркеу</translation>
    </message>
    <message>
        <source>Register viewed</source>
        <translation>Тізілімді қарау</translation>
    </message>
    <message>
        <source>Registration looked up</source>
        <translation>Тіркеу нөмірі бойынша іздеу</translation>
    </message>
    <message>
        <source>Copy card viewed</source>
        <translation>Дана карточкасын қарау</translation>
    </message>
    <message>
        <source>Register exported</source>
        <translation>Тізілімді экспорттау</translation>
    </message>
    <message>
        <source>Carriers imported</source>
        <translation>Жеткізгіштерді импорттау</translation>
    </message>
    <message>
        <source>Copy issued</source>
        <translation>Дананы беру</translation>
    </message>
    <message>
        <source>Copy returned</source>
        <translation>Дананы қайтару</translation>
    </message>
    <message>
        <source>Copy dispatched</source>
        <translation>Дананы жіберу</translation>
    </message>
    <message>
        <source>Receipt of a copy confirmed</source>
        <translation>Дананың алынғандығын растау</translation>
    </message>
    <message>
        <source>Marking change worked out</source>
        <translation>Құпиялылық белгісін өзгерту жоспары есептелді</translation>
    </message>
    <message>
        <source>Marking-change case opened</source>
        <translation>Құпиялылық белгісін өзгерту ісін ашу</translation>
    </message>
    <message>
        <source>Marking-change case viewed</source>
        <translation>Құпиялылық белгісін өзгерту ісін қарау</translation>
    </message>
    <message>
        <source>Marking-change cases listed</source>
        <translation>Құпиялылық белгісін өзгерту істерінің тізімін қарау</translation>
    </message>
    <message>
        <source>Copy re-marked</source>
        <translation>Дананың белгісін қайта қою</translation>
    </message>
    <message>
        <source>Marking-change case closed</source>
        <translation>Құпиялылық белгісін өзгерту ісін жабу</translation>
    </message>
    <message>
        <source>Copy request recorded</source>
        <translation>Көбейтуге өтінімді тіркеу</translation>
    </message>
    <message>
        <source>Copying permitted</source>
        <translation>Көбейтуге рұқсат беру</translation>
    </message>
    <message>
        <source>Copying refused</source>
        <translation>Көбейтуден бас тарту</translation>
    </message>
    <message>
        <source>Copies made under a permission</source>
        <translation>Рұқсат бойынша даналар жасау</translation>
    </message>
    <message>
        <source>Copy request viewed</source>
        <translation>Көбейтуге өтінімді қарау</translation>
    </message>
    <message>
        <source>Copy requests listed</source>
        <translation>Көбейтуге өтінімдер тізімін қарау</translation>
    </message>
    <message>
        <source>Marking-change act printed</source>
        <translation>Құпиялылық белгісін өзгерту актісін басып шығару</translation>
    </message>
    <message>
        <source>Copy request printed</source>
        <translation>Көбейтуге өтінімді басып шығару</translation>
    </message>
    <message>
        <source>Destruction act drawn up</source>
        <translation>Жою актісін жасау</translation>
    </message>
    <message>
        <source>Destruction act changed</source>
        <translation>Жою актісін өзгерту</translation>
    </message>
    <message>
        <source>Destruction act signed</source>
        <translation>Жою актісіне қол қою</translation>
    </message>
    <message>
        <source>Destruction act approved</source>
        <translation>Жою актісін бекіту</translation>
    </message>
    <message>
        <source>Destruction act executed</source>
        <translation>Жою актісін орындау</translation>
    </message>
    <message>
        <source>Destruction act returned to draft</source>
        <translation>Жою актісі жобаға қайтарылды</translation>
    </message>
    <message>
        <source>Destruction act viewed</source>
        <translation>Жою актісін қарау</translation>
    </message>
    <message>
        <source>Destruction acts listed</source>
        <translation>Жою актілерінің тізімін қарау</translation>
    </message>
    <message>
        <source>Carriers sent back to the originator</source>
        <translation>Жеткізгіштерді берген Тарапқа қайтару</translation>
    </message>
    <message>
        <source>Return to the originator confirmed</source>
        <translation>Берген Тарапқа қайтаруды растау</translation>
    </message>
    <message>
        <source>Return list viewed</source>
        <translation>Қайтару тізімін қарау</translation>
    </message>
    <message>
        <source>Return lists listed</source>
        <translation>Қайтару тізімдерінің тізбесін қарау</translation>
    </message>
    <message>
        <source>Inventory check started</source>
        <translation>Бар-жоғын тексеруді бастау</translation>
    </message>
    <message>
        <source>Copies found in a check</source>
        <translation>Тексеру кезінде даналарды табылды деп белгілеу</translation>
    </message>
    <message>
        <source>Copies marked missing in a check</source>
        <translation>Тексеру кезінде даналарды табылмады деп белгілеу</translation>
    </message>
    <message>
        <source>Surplus item recorded in a check</source>
        <translation>Тексеру кезінде артық шыққан затты тіркеу</translation>
    </message>
    <message>
        <source>Inventory check finished</source>
        <translation>Бар-жоғын тексеруді аяқтау</translation>
    </message>
    <message>
        <source>Inventory check viewed</source>
        <translation>Бар-жоғын тексеруді қарау</translation>
    </message>
    <message>
        <source>Inventory checks listed</source>
        <translation>Бар-жоғын тексерулер тізімін қарау</translation>
    </message>
    <message>
        <source>Loss or disclosure case opened</source>
        <translation>Жария ету немесе жоғалту фактісін тіркеу</translation>
    </message>
    <message>
        <source>Internal investigation ordered</source>
        <translation>Қызметтік тергеп-тексеруді тағайындау</translation>
    </message>
    <message>
        <source>Findings of an investigation recorded</source>
        <translation>Тергеп-тексеру нәтижелерін тіркеу</translation>
    </message>
    <message>
        <source>Loss or disclosure case viewed</source>
        <translation>Жария ету немесе жоғалту фактісін қарау</translation>
    </message>
    <message>
        <source>Loss and disclosure cases listed</source>
        <translation>Жария ету және жоғалту фактілерінің тізімін қарау</translation>
    </message>
    <message>
        <source>Destruction act printed</source>
        <translation>Жою актісін басып шығару</translation>
    </message>
    <message>
        <source>Return list printed</source>
        <translation>Қайтару тізімін басып шығару</translation>
    </message>
    <message>
        <source>Inventory act printed</source>
        <translation>Бар-жоғын тексеру актісін басып шығару</translation>
    </message>
    <message>
        <source>Monthly calculation index set</source>
        <translation>Айлық есептік көрсеткіш белгіленді</translation>
    </message>
    <message>
        <source>Monthly calculation index removed</source>
        <translation>Айлық есептік көрсеткіш алып тасталды</translation>
    </message>
    <message>
        <source>Notice to the Kyrgyz party recorded</source>
        <translation>Қырғыз Тарапқа хабарлама тіркелді</translation>
    </message>
    <message>
        <source>Damage assessment assigned</source>
        <translation>Зиянды айқындау тапсырылды</translation>
    </message>
    <message>
        <source>Dossier commission changed</source>
        <translation>Іс комиссиясы өзгертілді</translation>
    </message>
    <message>
        <source>Secrecy degree established</source>
        <translation>Құпиялылық дәрежесі айқындалды</translation>
    </message>
    <message>
        <source>Damage indicator entered</source>
        <translation>Зиян көрсеткіші енгізілді</translation>
    </message>
    <message>
        <source>Damage assessed</source>
        <translation>Зиян айқындалды</translation>
    </message>
    <message>
        <source>Conclusion agreed</source>
        <translation>Қорытынды келісілді</translation>
    </message>
    <message>
        <source>Conclusion signed</source>
        <translation>Қорытындыға қол қойылды</translation>
    </message>
    <message>
        <source>Conclusion approved</source>
        <translation>Қорытынды бекітілді</translation>
    </message>
    <message>
        <source>Conclusion dispatched</source>
        <translation>Қорытынды жіберілді</translation>
    </message>
    <message>
        <source>Owner read the conclusion</source>
        <translation>Иесі қорытындымен танысты</translation>
    </message>
    <message>
        <source>File added to a dossier</source>
        <translation>Іске файл қосылды</translation>
    </message>
    <message>
        <source>Dossier file opened</source>
        <translation>Іс файлы ашылды</translation>
    </message>
    <message>
        <source>Dossier viewed</source>
        <translation>Іс қаралды</translation>
    </message>
    <message>
        <source>Dossiers listed</source>
        <translation>Істер тізімі қаралды</translation>
    </message>
    <message>
        <source>Damage conclusion printed</source>
        <translation>Зиян туралы қорытынды басып шығарылды</translation>
    </message>
    <message>
        <source>Visit request created</source>
        <translation>Сапар туралы өтінішті жасау</translation>
    </message>
    <message>
        <source>Visit request changed</source>
        <translation>Сапар туралы өтінішті өзгерту</translation>
    </message>
    <message>
        <source>Visit request sent or received</source>
        <translation>Сапар туралы өтінішті жіберу немесе алу</translation>
    </message>
    <message>
        <source>Visit agreed</source>
        <translation>Сапарды келісу</translation>
    </message>
    <message>
        <source>Visit refused</source>
        <translation>Сапарды келісуден бас тарту</translation>
    </message>
    <message>
        <source>Visit cancelled</source>
        <translation>Сапарды болдырмау</translation>
    </message>
    <message>
        <source>Visit closed</source>
        <translation>Сапарды жабу</translation>
    </message>
    <message>
        <source>Visit request viewed</source>
        <translation>Сапар туралы өтінішті қарау</translation>
    </message>
    <message>
        <source>Visit requests listed</source>
        <translation>Сапар туралы өтініштер тізімін қарау</translation>
    </message>
    <message>
        <source>Visitors&apos; personal data viewed</source>
        <translation>Келушілердің дербес деректерін қарау</translation>
    </message>
    <message>
        <source>Visit request printed</source>
        <translation>Сапар туралы өтінішті басып шығару</translation>
    </message>
    <message>
        <source>Contract registered</source>
        <translation>Шартты тіркеу</translation>
    </message>
    <message>
        <source>Contract changed</source>
        <translation>Шартты өзгерту</translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation>Шарттың қолданылуын тоқтату</translation>
    </message>
    <message>
        <source>Registration linked to a contract</source>
        <translation>Тіркеуді шартқа байланыстыру</translation>
    </message>
    <message>
        <source>Contract viewed</source>
        <translation>Шартты қарау</translation>
    </message>
    <message>
        <source>Contracts listed</source>
        <translation>Шарттар тізімін қарау</translation>
    </message>
    <message>
        <source>Copy sent to the Kyrgyz party</source>
        <translation>Дананы Қырғыз Тарапқа жіберу</translation>
    </message>
    <message>
        <source>Demo register filled</source>
        <translation>Демонстрациялық тізілімді толтыру</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add a member to the commission of dossier %1</source>
        <translation>№ %1 іс бойынша комиссияға мүше қосу</translation>
    </message>
    <message>
        <source>Every participant holds a valid clearance of the form the information requires (p.5).</source>
        <translation>Әрбір қатысушыда ақпаратқа сәйкес нысандағы қолданыстағы рұқсат болуы тиіс (5-тармақ).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Тұлға:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
</context>
<context>
    <name>AddOutsiderDialog</name>
    <message>
        <source>Invite a person to the commission of dossier %1</source>
        <translation>№ %1 іс бойынша комиссияға адамды шақыру</translation>
    </message>
    <message>
        <source>A person without an account in Grif: their clearance as shown on paper is checked too (p.5). They sign the conclusion on paper.</source>
        <translation>Grif-те есептік жазбасы жоқ адам: оның қағаз құжатта көрсетілген рұқсат нысаны да тексеріледі (5-тармақ). Ол қорытындыға қағазда қол қояды.</translation>
    </message>
    <message>
        <source>Form %1</source>
        <translation>%1-нысан</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Тегі, аты, әкесінің аты:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <source>Clearance &amp;form:</source>
        <translation>Рұқсат &amp;нысаны:</translation>
    </message>
    <message>
        <source>Clearance &amp;No.:</source>
        <translation>Рұқсат нө&amp;мірі:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>Қол&amp;данылу мерзімі:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>This section is for administrators.</source>
        <translation>Бұл бөлім әкімшілерге арналған.</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Пайдаланушылар</translation>
    </message>
    <message>
        <source>E&amp;xpiring clearances</source>
        <translation>&amp;Мерзімі аяқталатын рұқсат нысандары</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Ұйым</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>&amp;MCI</source>
        <translation>&amp;АЕК</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Резервтік көшірмелер</translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <source>Agreement of the conclusion: dossier %1</source>
        <translation>Қорытындыны келісу: № %1 іс</translation>
    </message>
    <message>
        <source>The head has no authority over state secrets: the conclusion is agreed with the body that has it before the commission signs (p.11).</source>
        <translation>Ұйым басшысына мемлекеттік құпияларға билік ету жөнінде өкілеттік берілмеген: қорытынды комиссия қол қойғанға дейін осындай өкілеттік берілген мемлекеттік органмен келісіледі (11-тармақ).</translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation>Келісілген &amp;орган:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Тіркеу</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer to visit request %1</source>
        <translation>№ %1 сапар туралы өтінішке жауап</translation>
    </message>
    <message>
        <source>Request %1 of %2. A refused visit is final; an agreed one is closed once it has taken place.</source>
        <translation>%2 жылғы № %1 өтініш. Сапарды келісуден бас тарту туралы шешім түпкілікті; келісілген сапар өткеннен кейін жабылады.</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Жауап:</translation>
    </message>
    <message>
        <source>&amp;Agreed</source>
        <translation>&amp;Келісілді</translation>
    </message>
    <message>
        <source>Re&amp;fused</source>
        <translation>Келісі&amp;лмеді</translation>
    </message>
    <message>
        <source>&amp;Reference of the answer:</source>
        <translation>Жауаптың &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Date of the &amp;answer:</source>
        <translation>Жауаптың к&amp;үні:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Тіркеу</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Assess the damage: dossier %1</source>
        <translation>Зиянның мөлшерін айқындау: № %1 іс</translation>
    </message>
    <message>
        <source>The information belongs to the Kyrgyz party: the damage is assessed under its law (Agreement, article 12 item 2). Record its assessment.</source>
        <translation>Ақпарат Қырғыз Тарабына тиесілі: зиян оның заңнамасына сәйкес айқындалады (Келісім, 12-бап, 2-тармақ). Қырғыз Тарабы айқындаған зиян мөлшерін тіркеңіз.</translation>
    </message>
    <message>
        <source>By a methodology, the amount is the total of the indicators; without one, the amount is set from the range of p.10 for the degree established.</source>
        <translation>Әдістеме бойынша зиянның мөлшері көрсеткіштердің жиынтығына тең; әдістеме болмаған жағдайда зиянның мөлшері айқындалған құпиялылық дәрежесі үшін 10-тармақтағы ауқым шегінде белгіленеді.</translation>
    </message>
    <message>
        <source>&amp;No methodology: the range of p.10</source>
        <translation>Әдістеме &amp;жоқ: 10-тармақтағы ауқым</translation>
    </message>
    <message>
        <source>By a &amp;methodology</source>
        <translation>Ә&amp;дістеме бойынша</translation>
    </message>
    <message>
        <source>The lost document existed in a &amp;single copy</source>
        <translation>Жоғалған құжат &amp;бір данада болған</translation>
    </message>
    <message>
        <source>Assessed:</source>
        <translation>Айқындау тәсілі:</translation>
    </message>
    <message>
        <source>Allowed:</source>
        <translation>Жол берілетін мөлшер:</translation>
    </message>
    <message>
        <source>MCI &amp;date named by a court order:</source>
        <translation>Сот қаулысында көрсетілген АЕК &amp;күні:</translation>
    </message>
    <message>
        <source>That &amp;order:</source>
        <translation>Сол &amp;қаулы:</translation>
    </message>
    <message>
        <source>Final &amp;amount, MCI:</source>
        <translation>Зиянның түпкі &amp;мөлшері, АЕК:</translation>
    </message>
    <message>
        <source>Methodology &amp;name:</source>
        <translation>Әдістеменің &amp;атауы:</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Бекіткен &amp;орган:</translation>
    </message>
    <message>
        <source>Total of the indicators:</source>
        <translation>Көрсеткіштердің жиынтығы:</translation>
    </message>
    <message>
        <source>Kyrgyz party&apos;s &amp;reference:</source>
        <translation>Қырғыз Тарабы құжатының &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Its a&amp;mount:</source>
        <translation>Ол айқындаған &amp;сома:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;Other matters:</source>
        <translation>Ө&amp;зге де мәселелер:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Тіркеу</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>%1 — %2 found %3 (%4)</source>
        <translation>№ %1 — %2, анықталған күні %3 (%4)</translation>
    </message>
    <message>
        <source>Assign a damage assessment</source>
        <translation>Зиянның мөлшерін айқындауды тапсыру</translation>
    </message>
    <message>
        <source>The head of the organisation assigns the assessment of the damage from a loss or disclosure (or claimed by the owner of an information source) to a commission. The commission works at most 30 days.</source>
        <translation>Ұйым басшысы жоғалту немесе жария ету салдарынан келтірілген (немесе мәліметтер көзінің иесі мәлімдеген) зиянның мөлшерін айқындауды комиссияға тапсырады. Комиссия жұмысының мерзімі 30 тәуліктен аспайды.</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>Іс &amp;түрі:</translation>
    </message>
    <message>
        <source>Loss or disclosure &amp;case:</source>
        <translation>Жоғалту немесе жария ету &amp;фактісі:</translation>
    </message>
    <message>
        <source>&amp;Owner of the source:</source>
        <translation>Мәліметтер көзінің &amp;иесі:</translation>
    </message>
    <message>
        <source>&amp;Level of the information:</source>
        <translation>Ақпараттың құпиялылық &amp;дәрежесі:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Негіздеме:</translation>
    </message>
    <message>
        <source>Basis &amp;reference:</source>
        <translation>Негіздеменің нөм&amp;ірі:</translation>
    </message>
    <message>
        <source>Basis &amp;dated:</source>
        <translation>Негіздеменің &amp;күні:</translation>
    </message>
    <message>
        <source>Assi&amp;gned on:</source>
        <translation>Тапсырылған к&amp;үні:</translation>
    </message>
    <message>
        <source>&amp;Materials reached the commission on:</source>
        <translation>Материалдардың комиссияға ке&amp;ліп түскен күні:</translation>
    </message>
    <message>
        <source>Co&amp;mmission:</source>
        <translation>Ко&amp;миссия:</translation>
    </message>
    <message>
        <source>Head&apos;s order &amp;No.:</source>
        <translation>Басшы &amp;бұйрығының нөмірі:</translation>
    </message>
    <message>
        <source>Order da&amp;ted:</source>
        <translation>Бұйры&amp;қтың күні:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Қорытынды шығарылған &amp;жер:</translation>
    </message>
    <message>
        <source>The &amp;head has authority over state secrets (otherwise the conclusion is agreed with the body that has it)</source>
        <translation>&amp;Ұйым басшысына мемлекеттік құпияларға билік ету жөнінде өкілеттік берілген (әйтпесе қорытынды осындай өкілеттік берілген органмен келісіледі)</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>Т&amp;апсыру</translation>
    </message>
</context>
<context>
    <name>AuditJournalPage</name>
    <message>
        <source>All actions</source>
        <translation>Барлық әрекеттер</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Барлық пайдаланушылар</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Әрекет:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Объект:</translation>
    </message>
    <message>
        <source>Text in the object (Ctrl+F)</source>
        <translation>Объектідегі мәтін (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>кез келген күн</translation>
    </message>
    <message>
        <source>Any start date</source>
        <translation>Кез келген бастапқы күн</translation>
    </message>
    <message>
        <source>Any end date</source>
        <translation>Кез келген соңғы күн</translation>
    </message>
    <message>
        <source>Apply (F5)</source>
        <translation>Қолдану (F5)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>Show the records that match</source>
        <translation>Сүзгіге сәйкес жазбаларды көрсету</translation>
    </message>
    <message>
        <source>the record was changed, inserted or reordered</source>
        <translation>жазба өзгертілген, қосылған немесе орны ауыстырылған</translation>
    </message>
    <message>
        <source>records before it were removed</source>
        <translation>оның алдындағы жазбалар алып тасталған</translation>
    </message>
    <message>
        <source>the record is out of order</source>
        <translation>жазбалардың реті бұзылған</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1</source>
        <translation>
            <numerusform>%n жазба %1 файлына экспортталды</numerusform>
            <numerusform>%n жазба %1 файлына экспортталды</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the journal chain…</source>
        <translation>Журнал тізбегі тексерілуде…</translation>
    </message>
    <message>
        <source>Journal check</source>
        <translation>Журналды тексеру</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Журналды экспорттау</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>JSON жолдары (*.jsonl);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Exporting the journal…</source>
        <translation>Журнал экспортталуда…</translation>
    </message>
    <message>
        <source>Counting records…</source>
        <translation>Жазбалар саналуда…</translation>
    </message>
    <message>
        <source>The journal is intact: %1 records checked.</source>
        <translation>Журнал бүтін: %1 жазба тексерілді.</translation>
    </message>
    <message>
        <source>The journal is broken at record %1: %2</source>
        <translation>Журнал %1 нөмірлі жазбада бұзылған: %2</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Оқиғаларды тіркеу журналы</translation>
    </message>
    <message>
        <source>Journal records</source>
        <translation>Журнал жазбалары</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Тізбекті т&amp;ексеру</translation>
    </message>
    <message>
        <source>Check that no record was changed, removed or inserted</source>
        <translation>Ешбір жазбаның өзгертілмегенін, алып тасталмағанын және қосылмағанын тексеру</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Save the records shown as JSON lines</source>
        <translation>Көрсетілген жазбаларды JSON жолдары түрінде сақтау</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Make one in Administration → Backups.</source>
        <translation>Оны «Әкімшілендіру → Резервтік көшірмелер» бөлімінде жасаңыз.</translation>
    </message>
    <message>
        <source>No verified backup of this register has been made yet.</source>
        <translation>Бұл тізілімнің тексерілген резервтік көшірмесі әлі жасалмаған.</translation>
    </message>
    <message numerus="yes">
        <source>The last verified backup is %n day(s) old (made %1; the reminder is set to %2 days).</source>
        <translation>
            <numerusform>Соңғы тексерілген резервтік көшірме жасалғалы %n күн өтті (жасалған уақыты: %1; еске салу мерзімі — %2 күн).</numerusform>
            <numerusform>Соңғы тексерілген резервтік көшірме жасалғалы %n күн өтті (жасалған уақыты: %1; еске салу мерзімі — %2 күн).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Make a backup…</source>
        <translation>Резервтік көшірме &amp;жасау…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Резервтік көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <source>A backup is a new folder with the encrypted register, its key file and a manifest. The same passwords and the recovery code open it. It counts only after it was read back and checked. Keep the medium as a carrier of the register&apos;s highest level.</source>
        <translation>Резервтік көшірме — шифрланған тізілім, оның кілт файлы және манифест орналасқан жаңа қалта. Ол сол құпиясөздермен және қалпына келтіру кодымен ашылады. Резервтік көшірме қайта оқылып, тексерілгеннен кейін ғана жарамды болып есептеледі. Тасығышты тізілімдегі ең жоғары құпиялылық дәрежесіндегі жеткізгіш ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>No verified backup of this register has been made yet.</source>
        <translation>Бұл тізілімнің тексерілген резервтік көшірмесі әлі жасалмаған.</translation>
    </message>
    <message>
        <source>Last verified backup: %1 by %2, %3 copies, in %4</source>
        <translation>Соңғы тексерілген резервтік көшірме: %1, жасаған: %2, %3 дана, қалта: %4</translation>
    </message>
    <message>
        <source>Where to write the backup (a folder or removable medium)</source>
        <translation>Резервтік көшірмені қайда жазу керек (қалта немесе алынбалы тасығыш)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервтік көшірмелер</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Резервтік көшірме жазылып, тексерілуде…</translation>
    </message>
    <message>
        <source>Done: the backup was written and checked (%1 copies, %2 journal records, %3 s) in %4.</source>
        <translation>Дайын: резервтік көшірме жазылды және тексерілді (%1 дана, журналдың %2 жазбасы, %3 с). Қалта: %4.</translation>
    </message>
    <message>
        <source>The register was restored from the backup. Log in again.</source>
        <translation>Тізілім резервтік көшірмеден қалпына келтірілді. Жүйеге қайта кіріңіз.</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel visit request %1</source>
        <translation>Сапарды болдырмау: № %1 өтініш</translation>
    </message>
    <message>
        <source>The request (%1) is withdrawn for good: it cannot be sent, answered or closed afterwards.</source>
        <translation>Өтініш (%1) біржола кері қайтарылады: осыдан кейін оны жіберуге, оған жауап тіркеуге немесе сапарды жабуға болмайды.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>Cancel the &amp;visit</source>
        <translation>Сапарды &amp;болдырмау</translation>
    </message>
</context>
<context>
    <name>CarrierKind</name>
    <message>
        <source>Paper document</source>
        <translation>Қағаз құжат</translation>
    </message>
    <message>
        <source>Electronic medium</source>
        <translation>Электрондық тасығыш</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Бұйым</translation>
    </message>
    <message>
        <source>Other object</source>
        <translation>Басқа объект</translation>
    </message>
</context>
<context>
    <name>CaseViewDialog</name>
    <message>
        <source>Print the act of the marking change</source>
        <translation>Құпиялылық белгісін өзгерту актісін басып шығару</translation>
    </message>
    <message>
        <source>Recipient&apos;s confirmation</source>
        <translation>Алушының растауы</translation>
    </message>
    <message>
        <source>%1, copy No. %2 was sent to %3. Reference of their confirmation that it is re-marked:</source>
        <translation>%1, дана № %2 мына алушыға жіберілген: %3. Белгінің қайта қойылғанын растайтын хаттың нөмірі мен күні:</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Істі жабу</translation>
    </message>
    <message>
        <source>Close case %1? The registrations take the new level (%2); the old level stays in their history.</source>
        <translation>№ %1 істі жабасыз ба? Тіркеулерге жаңа құпиялылық дәрежесі (%2) беріледі; бұрынғы дәреже олардың тарихында сақталады.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 жылғы № %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, No. %2 of %3</source>
        <translation>%1, %3 жылғы № %2</translation>
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
        <translation>Құпиялылық белгісін өзгерту жөніндегі № %1 іс</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>№ %1 іс: %2</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Хабарлама:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Алынған күні:</translation>
    </message>
    <message>
        <source>Other Party&apos;s agreement:</source>
        <translation>Екінші Тараптың келісімі:</translation>
    </message>
    <message>
        <source>Originator:</source>
        <translation>Ақпарат көзі:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Өзгеріс:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Ереже:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <source>Time to the deadline:</source>
        <translation>Мерзімге дейін:</translation>
    </message>
    <message>
        <source>Opened by:</source>
        <translation>Істі ашқан:</translation>
    </message>
    <message>
        <source>Confirmed by:</source>
        <translation>Растаған:</translation>
    </message>
    <message>
        <source>Closed by:</source>
        <translation>Істі жапқан:</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Дана №</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Қай жерде</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <source>Re-marked by</source>
        <translation>Белгіні қайта қойған</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>&amp;Mark as re-marked</source>
        <translation>&amp;Белгісі қайта қойылды</translation>
    </message>
    <message>
        <source>Close the &amp;case…</source>
        <translation>Істі &amp;жабу…</translation>
    </message>
    <message>
        <source>&amp;Print act…</source>
        <translation>&amp;Актіні басып шығару…</translation>
    </message>
</context>
<context>
    <name>ChangeOwnPasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Құпиясөзімді өзгерту</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Ағымдағы құпиясөз</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>Жаңа құпиясөзді қайта &amp;енгізу</translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation>кемінде 12 таңба</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Өзгерту</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type them again.</source>
        <translation>Екі жаңа құпиясөз бірдей емес. Оларды қайта теріңіз.</translation>
    </message>
    <message>
        <source>The current password is wrong, or the account has been disabled.</source>
        <translation>Ағымдағы құпиясөз қате немесе есептік жазба өшірілген.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Diplomatic channels</source>
        <translation>Дипломатиялық арналар</translation>
    </message>
    <message>
        <source>Encrypted documentary communication</source>
        <translation>Шифрланған құжаттық байланыс</translation>
    </message>
    <message>
        <source>Courier service</source>
        <translation>Фельдъегерлік қызмет</translation>
    </message>
    <message>
        <source>Military courier service</source>
        <translation>Әскери-курьерлік қызмет</translation>
    </message>
</context>
<context>
    <name>CheckItemsModel</name>
    <message>
        <source>Reg. No.</source>
        <translation>Тіркеу №</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Дана №</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Парақ саны</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Жауапты тұлға</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Сақталатын орны</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message numerus="yes">
        <source>Mark the %n remaining unchecked copy(ies) missing? Each one opens a loss case when the check is finished.</source>
        <translation>
            <numerusform>Тексерілмей қалған %n дананы табылмады деп белгілейсіз бе? Тексеру аяқталғанда олардың әрқайсысы бойынша жоғалту фактісі тіркеледі.</numerusform>
            <numerusform>Тексерілмей қалған %n дананы табылмады деп белгілейсіз бе? Тексеру аяқталғанда олардың әрқайсысы бойынша жоғалту фактісі тіркеледі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) marked missing.</source>
        <translation>
            <numerusform>%n дана табылмады деп белгіленді.</numerusform>
            <numerusform>%n дана табылмады деп белгіленді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the inventory act</source>
        <translation>Бар-жоғын тексеру актісін басып шығару</translation>
    </message>
    <message>
        <source>Inventory check</source>
        <translation>Бар-жоғын тексеру</translation>
    </message>
    <message>
        <source>%1 is not among the copies this check expects. Is it here? Record it as a surplus item?</source>
        <translation>Бұл тексеру бойынша күтілетін даналардың арасында %1 жоқ. Ол осында бар ма? Оны артық шыққан зат ретінде тіркейсіз бе?</translation>
    </message>
    <message>
        <source>%1: found</source>
        <translation>%1: табылды</translation>
    </message>
    <message>
        <source>Marking copies missing…</source>
        <translation>Даналар табылмады деп белгіленуде…</translation>
    </message>
    <message>
        <source>The surplus item is recorded.</source>
        <translation>Артық шыққан зат тіркелді.</translation>
    </message>
    <message>
        <source>Finish check %1? Found: %2, missing: %3, surplus: %4. Each missing copy opens a loss case and is recorded as lost. A finished check cannot be changed.</source>
        <translation>№ %1 тексеруді аяқтайсыз ба? Табылғаны: %2, табылмағаны: %3, артық шыққаны: %4. Табылмаған әрбір дана бойынша жоғалту фактісі тіркеліп, дана жоғалған деп есепке алынады. Аяқталған тексеруді өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>The check is finished. Loss cases opened: %1.</source>
        <translation>Тексеру аяқталды. Тіркелген жоғалту фактілері: %1.</translation>
    </message>
    <message>
        <source>The check is finished. Nothing is missing: no loss case.</source>
        <translation>Тексеру аяқталды. Барлық даналар табылды: жоғалту фактісі тіркелмеді.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (copies of %2)</source>
        <translation>%1 (жауапты тұлға: %2)</translation>
    </message>
    <message>
        <source>Chair: %1. Members: %2.</source>
        <translation>Төраға: %1. Мүшелері: %2.</translation>
    </message>
    <message>
        <source>Inventory check %1: %2</source>
        <translation>№ %1 бар-жоғын тексеру: %2</translation>
    </message>
    <message>
        <source>Inventory check %1</source>
        <translation>№ %1 бар-жоғын тексеру</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Есепті күн:</translation>
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
        <translation>Тіркелген жоғалту фактілері:</translation>
    </message>
    <message>
        <source>&amp;Registration / copy No.:</source>
        <translation>Тіркеу нөмірі / &amp;дана №:</translation>
    </message>
    <message>
        <source>e.g. 12с/2026 / 3, then Enter: the copy is found</source>
        <translation>мысалы, 12с/2026 / 3, содан кейін Enter: дана табылды деп белгіленеді</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>All copies</source>
        <translation>Барлық даналар</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Әлі тексерілмеген</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Табылған</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Табылмаған</translation>
    </message>
    <message>
        <source>Mark selected &amp;found</source>
        <translation>Таңдалғандарды &amp;табылды деп белгілеу</translation>
    </message>
    <message>
        <source>Mark selected &amp;missing</source>
        <translation>Таңдалғандарды табылмады деп &amp;белгілеу</translation>
    </message>
    <message>
        <source>Mark all &amp;remaining missing…</source>
        <translation>&amp;Қалғандардың бәрін табылмады деп белгілеу…</translation>
    </message>
    <message>
        <source>S&amp;urplus item…</source>
        <translation>А&amp;ртық шыққан зат…</translation>
    </message>
    <message>
        <source>F&amp;inish…</source>
        <translation>&amp;Аяқтау…</translation>
    </message>
    <message>
        <source>&amp;Print act…</source>
        <translation>Актіні басып &amp;шығару…</translation>
    </message>
    <message>
        <source>Copies the check expects</source>
        <translation>Тексеру бойынша күтілетін даналар</translation>
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
        <translation>Түрі</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Есепті күн</translation>
    </message>
    <message>
        <source>Commission chair</source>
        <translation>Комиссия төрағасы</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Күтілетін</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Табылған</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Табылмаған</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Тексерілмеген</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Артық</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>%1 is copied; the clipboard will be cleared in %2 seconds.</source>
        <translation>Көшірілді: %1; алмасу буфері %2 секундтан кейін тазартылады.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close visit %1</source>
        <translation>Сапарды жабу: № %1 өтініш</translation>
    </message>
    <message>
        <source>Visit of %1. Say for every visitor whether they came; those who came were registered on arrival (S001 a.10 p.3). Nothing above «%2» may have been shown.</source>
        <translation>Сапар мерзімі: %1. Әрбір келушінің келген-келмегенін көрсетіңіз; келгендер келген кезде тіркелген (S001, 10-бап, 3-тармақ). «%2» дәрежесінен жоғары ештеңе көрсетілмеуі тиіс еді.</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Келуші</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Келді</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Registration record</source>
        <translation>Тіркеу жазбасы</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <source>Required when nothing was shown</source>
        <translation>Ештеңе көрсетілмеген жағдайда толтыру міндетті</translation>
    </message>
    <message>
        <source>&amp;Close the visit</source>
        <translation>Сапарды &amp;жабу</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Keep at least one column.</source>
        <translation>Кемінде бір бағанды қалдырыңыз.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Бағандар</translation>
    </message>
    <message>
        <source>Tick the columns to show (Space) and put them in order (Alt+Up, Alt+Down).</source>
        <translation>Көрсетілетін бағандарды белгілеңіз (Space) және оларды қажетті ретпен орналастырыңыз (Alt+Up, Alt+Down).</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Жоғары</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>&amp;Төмен</translation>
    </message>
</context>
<context>
    <name>CommissionPanel</name>
    <message>
        <source>Remove a participant</source>
        <translation>Қатысушыны алып тастау</translation>
    </message>
    <message>
        <source>Remove %1 from the commission of dossier %2?</source>
        <translation>№ %2 іс бойынша комиссия құрамынан мына қатысушыны алып тастайсыз ба: %1?</translation>
    </message>
    <message>
        <source>Co&amp;mmission:</source>
        <translation>Комиссия құ&amp;рамы:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Position, organisation</source>
        <translation>Лауазымы, ұйымы</translation>
    </message>
    <message>
        <source>Clearance form</source>
        <translation>Рұқсат нысаны</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Қолы</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>&amp;Мүше қосу…</translation>
    </message>
    <message>
        <source>Add &amp;invited person…</source>
        <translation>Шақырылған &amp;адамды қосу…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Алып таста&amp;у</translation>
    </message>
    <message>
        <source>C&amp;hair absent / present</source>
        <translation>&amp;Төраға жоқ / бар</translation>
    </message>
</context>
<context>
    <name>CommissionPicker</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Алып таста&amp;у</translation>
    </message>
    <message>
        <source>Make c&amp;hair</source>
        <translation>&amp;Төраға ету</translation>
    </message>
    <message>
        <source>%1 — chair</source>
        <translation>%1 — төраға</translation>
    </message>
    <message>
        <source>Commission: the first one chairs it</source>
        <translation>Комиссия: тізімдегі біріншісі — төраға</translation>
    </message>
</context>
<context>
    <name>ContactsTable</name>
    <message>
        <source>People to &amp;meet:</source>
        <translation>Кездесу жоспарланған &amp;адамдар:</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Адамды қ&amp;осу</translation>
    </message>
    <message>
        <source>Remove p&amp;erson</source>
        <translation>Адамды а&amp;лып тастау</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>New contract</source>
        <translation>Жаңа шарт</translation>
    </message>
    <message>
        <source>Contract %1: changes</source>
        <translation>№ %1 шарт: өзгерістер</translation>
    </message>
    <message>
        <source>A contract between the authorised bodies that involves classified information has a separate section (S001 a.7). A change replaces the section as a whole.</source>
        <translation>Уәкілетті органдар арасында жасалатын, құпия ақпаратқа қатысты шартқа жеке бөлім қосылады (S001, 7-бап). Өзгеріс енгізілгенде бөлім толығымен ауыстырылады.</translation>
    </message>
    <message>
        <source>Contract &amp;No.:</source>
        <translation>Шарттың &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Da&amp;te signed:</source>
        <translation>Қол қойылған &amp;күні:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Қолданылу &amp;мерзімі:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Шарттың мәні:</translation>
    </message>
    <message>
        <source>&amp;Our authorised body:</source>
        <translation>&amp;Біздің уәкілетті орган:</translation>
    </message>
    <message>
        <source>&amp;Kyrgyz party&apos;s authorised body:</source>
        <translation>Қырғыз Тарабының у&amp;әкілетті органы:</translation>
    </message>
    <message>
        <source>List of classified information:</source>
        <translation>Құпия ақпараттың тізбесі:</translation>
    </message>
    <message>
        <source>Specifics of &amp;protection:</source>
        <translation>Қорғау &amp;ерекшеліктері:</translation>
    </message>
    <message>
        <source>Order of resolving d&amp;isputes and compensating damage:</source>
        <translation>&amp;Даулы мәселелерді шешу және залалды өтеу тәртібі:</translation>
    </message>
    <message>
        <source>Separate section (S001 a.7)</source>
        <translation>Жеке бөлім (S001, 7-бап)</translation>
    </message>
    <message>
        <source>How the information is protected under this contract</source>
        <translation>Осы шарт бойынша ақпарат қалай қорғалады</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
</context>
<context>
    <name>ContractViewDialog</name>
    <message>
        <source>Registration No.</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Даналар</translation>
    </message>
    <message>
        <source>Originator&apos;s No.</source>
        <translation>Берген Тараптың шығыс №</translation>
    </message>
    <message>
        <source>Incoming No.</source>
        <translation>Кіріс №</translation>
    </message>
    <message>
        <source>Registration / copy</source>
        <translation>Тіркеу нөмірі / дана</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Жіберілген күні</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Recipient&apos;s confirmation</source>
        <translation>Алушының растауы</translation>
    </message>
    <message>
        <source>Large carrier</source>
        <translation>Ірі көлемді жеткізгіш</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Алғандығын растау</translation>
    </message>
    <message numerus="yes">
        <source>%n more registration(s) above your clearance</source>
        <translation>
            <numerusform>Рұқсат нысаныңыз жетпейтін тағы %n тіркеу бар</numerusform>
            <numerusform>Рұқсат нысаныңыз жетпейтін тағы %n тіркеу бар</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 жылғы № %1</translation>
    </message>
    <message>
        <source>transport: %1; route: %2; escort: %3</source>
        <translation>тасымалдау тәсілі: %1; бағыты: %2; алып жүру: %3</translation>
    </message>
    <message>
        <source>awaiting receipt</source>
        <translation>алғандығын растау күтілуде</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 / copy %2</source>
        <translation>%1 / дана № %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>шектелмеген</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>№ %1 шарт</translation>
    </message>
    <message>
        <source>Contract No. %1 of %2</source>
        <translation>%2 жылғы № %1 шарт</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Шарттың мәні:</translation>
    </message>
    <message>
        <source>Our authorised body:</source>
        <translation>Біздің уәкілетті орган:</translation>
    </message>
    <message>
        <source>Kyrgyz party&apos;s authorised body:</source>
        <translation>Қырғыз Тарабының уәкілетті органы:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Қолданылу мерзімі:</translation>
    </message>
    <message>
        <source>Specifics of protection:</source>
        <translation>Қорғау ерекшеліктері:</translation>
    </message>
    <message>
        <source>Order of resolving disputes and compensating damage:</source>
        <translation>Даулы мәселелерді шешу және залалды өтеу тәртібі:</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>Тіркеген:</translation>
    </message>
    <message>
        <source>List of classified information (%1)</source>
        <translation>Құпия ақпараттың тізбесі (%1)</translation>
    </message>
    <message>
        <source>Received under the contract (%1)</source>
        <translation>Шарт бойынша алынғандар (%1)</translation>
    </message>
    <message>
        <source>Sent under the contract (%1)</source>
        <translation>Шарт бойынша жіберілгендер (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Өң&amp;деу…</translation>
    </message>
    <message>
        <source>E&amp;nd the contract…</source>
        <translation>Шарттың &amp;қолданылуын тоқтату…</translation>
    </message>
    <message>
        <source>&amp;Link a registration…</source>
        <translation>&amp;Тіркеуді шартқа байланыстыру…</translation>
    </message>
</context>
<context>
    <name>ContractsModel</name>
    <message>
        <source>Contract No.</source>
        <translation>Шарт №</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Шарттың мәні</translation>
    </message>
    <message>
        <source>Kyrgyz party&apos;s body</source>
        <translation>Қырғыз Тарабының органы</translation>
    </message>
    <message>
        <source>Highest level</source>
        <translation>Ең жоғары дәреже</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Тізбе тармақтары</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>%1 күні тоқтатылды</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Мерзімі %1 күні өтті</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Қолданыста</translation>
    </message>
</context>
<context>
    <name>ContractsSection</name>
    <message>
        <source>Contract %1 is recorded.</source>
        <translation>Шарт тіркелді: %1.</translation>
    </message>
    <message>
        <source>Contracts between the authorised bodies that involve classified information. Each has its separate section: the list of the information with its secrecy degrees, the specifics of its protection and the order of resolving disputes and compensating damage (S001 a.7).</source>
        <translation>Уәкілетті органдар арасында жасалған, құпия ақпаратқа қатысты шарттар. Әр шарттың жеке бөлімі бар: онда құпия ақпараттың тізбесі және оның құпиялылық дәрежелері, құпия ақпаратты қорғау ерекшеліктері, даулы мәселелерді шешу және залалды өтеу тәртібі айқындалады (S001, 7-бап).</translation>
    </message>
    <message>
        <source>&amp;New contract…</source>
        <translation>&amp;Жаңа шарт…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Шарттар</translation>
    </message>
</context>
<context>
    <name>CopyCardDialog</name>
    <message>
        <source>letter No. %1</source>
        <translation>№ %1 хат</translation>
    </message>
    <message>
        <source>recipient&apos;s confirmation %1 of %2</source>
        <translation>алушының %2 жылғы № %1 растауы</translation>
    </message>
    <message>
        <source>transport: %1, route: %2, escort: %3</source>
        <translation>тасымалдау тәсілі: %1, бағыты: %2, алып жүру: %3</translation>
    </message>
    <message>
        <source>Save the copy&apos;s card</source>
        <translation>Дана карточкасын сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the card…</source>
        <translation>Карточка басып шығарылуда…</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2). Choose another place.</source>
        <translation>%1 файлын жазу мүмкін болмады (%2). Басқа орынды таңдаңыз.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сақталған орны: %1</translation>
    </message>
    <message>
        <source>Print the receipt confirmation</source>
        <translation>Алғандығын растауды басып шығару</translation>
    </message>
    <message>
        <source>Card of copy No. %2 of %1</source>
        <translation>Дана карточкасы: %1, дана № %2</translation>
    </message>
    <message>
        <source>%1, copy No. %2</source>
        <translation>%1, дана № %2</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>Тіркелген күні:</translation>
    </message>
    <message>
        <source>Originator:</source>
        <translation>Ақпарат көзі:</translation>
    </message>
    <message>
        <source>Who has it:</source>
        <translation>Кімде:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Сақталатын орны:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <source>Level changes:</source>
        <translation>Құпиялылық дәрежесінің өзгерістері:</translation>
    </message>
    <message>
        <source>%1 → %2 (case %3, %4)</source>
        <translation>%1 → %2 (№ %3 іс, %4)</translation>
    </message>
    <message>
        <source>declassified</source>
        <translation>құпиясыздандырылды</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Қозғалыс тарихы:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>From state</source>
        <translation>Бастапқы күйі</translation>
    </message>
    <message>
        <source>To state</source>
        <translation>Жаңа күйі</translation>
    </message>
    <message>
        <source>To whom / where</source>
        <translation>Кімге / қайда</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кім тіркеді</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>&amp;Нөмірді көшіру</translation>
    </message>
    <message>
        <source>Copy the registration number; the clipboard is cleared after 30 seconds</source>
        <translation>Тіркеу нөмірін көшіру; алмасу буфері 30 секундтан кейін тазартылады</translation>
    </message>
    <message>
        <source>Receipt &amp;confirmation…</source>
        <translation>Алғандығын &amp;растау…</translation>
    </message>
    <message>
        <source>Print the confirmation of receipt for the Kyrgyz party</source>
        <translation>Қырғыз Тарабына алғандығын растауды басып шығару</translation>
    </message>
    <message>
        <source>Print the card as a PDF file</source>
        <translation>Карточканы PDF файлы түрінде басып шығару</translation>
    </message>
</context>
<context>
    <name>CopyPicker</name>
    <message>
        <source>Type the registration number.</source>
        <translation>Тіркеу нөмірін теріңіз.</translation>
    </message>
    <message>
        <source>Write the copy numbers like 1, 3-5 (or leave them out for every copy in the safe).</source>
        <translation>Дана нөмірлерін 1, 3-5 түрінде жазыңыз (сейфтегі барлық даналар үшін бос қалдырыңыз).</translation>
    </message>
    <message>
        <source>There is no registration %1 among the carriers you may see.</source>
        <translation>Сізге қолжетімді жеткізгіштердің арасында %1 тіркеу нөмірі жоқ.</translation>
    </message>
    <message>
        <source>Registration %1 has no copy No. %2.</source>
        <translation>%1 тіркеуінде № %2 дана жоқ.</translation>
    </message>
    <message>
        <source>No copy of %1 is in the safe.</source>
        <translation>Сейфте %1 тіркеуінің бірде-бір данасы жоқ.</translation>
    </message>
    <message>
        <source>Copies: %1, sheets: %2</source>
        <translation>Дана саны: %1, парақ саны: %2</translation>
    </message>
    <message>
        <source>Re&amp;gistration No.:</source>
        <translation>Тірк&amp;еу нөмірі:</translation>
    </message>
    <message>
        <source>Cop&amp;y No.:</source>
        <translation>&amp;Дана №:</translation>
    </message>
    <message>
        <source>N&amp;ote on the copy:</source>
        <translation>Дана туралы ескерт&amp;пе:</translation>
    </message>
    <message>
        <source>1, 3-5; empty: every copy in the safe</source>
        <translation>1, 3-5; бос болса — сейфтегі барлық даналар</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Алып таста&amp;у</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>Copy No.</source>
        <translation>Дана №</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Парақ саны</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Даналар</translation>
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
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Copies asked</source>
        <translation>Сұралған дана саны</translation>
    </message>
    <message>
        <source>Permitted / made</source>
        <translation>Рұқсат етілді / жасалды</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Permission or refusal</source>
        <translation>Рұқсат немесе бас тарту</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>%1 (copies %2)</source>
        <translation>%1 (даналар %2)</translation>
    </message>
    <message>
        <source>Awaited: %1</source>
        <translation>Күтілуде: %1</translation>
    </message>
    <message>
        <source>ref. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>Refused: %1 (%2)</source>
        <translation>Бас тартылды: %1 (%2)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Бас тартылды: %1</translation>
    </message>
</context>
<context>
    <name>CopyRequestsPage</name>
    <message>
        <source>Copy request %1 is recorded.</source>
        <translation>Көбейтуге № %1 өтінім тіркелді.</translation>
    </message>
    <message>
        <source>Copy request %1: copying is permitted.</source>
        <translation>Көбейтуге № %1 өтінім: көбейтуге рұқсат берілді.</translation>
    </message>
    <message>
        <source>Copy request %1: copying is refused.</source>
        <translation>Көбейтуге № %1 өтінім: көбейтуден бас тартылды.</translation>
    </message>
    <message>
        <source>Registered under request %1: %2, copies %3.</source>
        <translation>№ %1 өтінім бойынша тіркелді: %2, даналар %3.</translation>
    </message>
    <message>
        <source>Print the copy request</source>
        <translation>Көбейтуге өтінімді басып шығару</translation>
    </message>
    <message>
        <source>Requests shown: %1</source>
        <translation>Көрсетілген өтінімдер: %1</translation>
    </message>
    <message>
        <source>Copy permissions</source>
        <translation>Көбейтуге рұқсаттар</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Кү&amp;йі:</translation>
    </message>
    <message>
        <source>Ori&amp;ginator:</source>
        <translation>Ақпарат &amp;көзі:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Жаңа өтінім…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Шешім қабылдау…</translation>
    </message>
    <message>
        <source>&amp;Make copies…</source>
        <translation>&amp;Даналарды жасау…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>The head decides on own information; a clerk records the originator&apos;s written answer on received information</source>
        <translation>Өз ақпараты бойынша ұйым басшысы шешім қабылдайды; алынған ақпарат бойынша тізілімді жүргізетін қызметкер ақпарат көзінің жазбаша жауабын тіркейді</translation>
    </message>
    <message>
        <source>Make and register copies under the permission</source>
        <translation>Рұқсат бойынша даналарды жасау және тіркеу</translation>
    </message>
    <message>
        <source>Print the request form with its permission block</source>
        <translation>Өтінім нысанын рұқсат бөлігімен бірге басып шығару</translation>
    </message>
    <message>
        <source>Copy requests</source>
        <translation>Көбейтуге өтінімдер</translation>
    </message>
</context>
<context>
    <name>CopyState</name>
    <message>
        <source>Registered</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілген</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Қайтарылған</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Жіберілген</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Алғандығы расталған</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Жойылған</translation>
    </message>
    <message>
        <source>Returned to originator</source>
        <translation>Берген Тарапқа қайтарылған</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Жоғалған</translation>
    </message>
</context>
<context>
    <name>Copying</name>
    <message>
        <source>Awaiting permission</source>
        <translation>Рұқсат күтілуде</translation>
    </message>
    <message>
        <source>Permitted</source>
        <translation>Рұқсат етілді</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Copies made</source>
        <translation>Даналар жасалды</translation>
    </message>
    <message>
        <source>Written permission of the originator</source>
        <translation>Ақпарат көзінің жазбаша рұқсаты</translation>
    </message>
    <message>
        <source>Decision of the head of the organisation</source>
        <translation>Ұйым басшысының шешімі</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>An unexpected error occurred. The details were saved on this workstation only, nothing was sent anywhere: %1</source>
        <translation>Күтпеген қате орын алды. Қате туралы мәліметтер тек осы жұмыс станциясында сақталды, ештеңе ешқайда жіберілген жоқ: %1</translation>
    </message>
    <message>
        <source>Grif — error</source>
        <translation>Grif — қате</translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>Output not produced</source>
        <translation>Өндірілмей қалған өнімнің құны</translation>
    </message>
    <message>
        <source>Direct material damage</source>
        <translation>Тікелей материалдық зиян</translation>
    </message>
    <message>
        <source>Cost of eliminating the consequences</source>
        <translation>Келтірілген зиянның салдарларын жоюға кеткен шығындар</translation>
    </message>
    <message>
        <source>Cost of research and development</source>
        <translation>Ғылыми-зерттеу және тәжірибелік-конструкторлық жұмыстардың (ҒЗТКЖ) құны</translation>
    </message>
    <message>
        <source>Negative effect of research results not introduced</source>
        <translation>ҒЗТКЖ нәтижелерін енгізбеудің кері әсері</translation>
    </message>
    <message>
        <source>Cost of production technologies and their economic effect</source>
        <translation>Өндірістік технологиялар құны және оларды ел экономикасында қолданудың экономикалық нәтижесі</translation>
    </message>
    <message>
        <source>Probable price and volume of export sales</source>
        <translation>Сыртқы нарықта бұйымдарды сатқандағы ықтимал баға мен көлем</translation>
    </message>
    <message>
        <source>Extra costs of price rises or larger purchases for state duties</source>
        <translation>Орындалмаған мемлекеттік міндеттерді өтеу үшін бағалардың көтерілуіне немесе сатып алу көлемінің артуына байланысты қосымша шығындар</translation>
    </message>
    <message>
        <source>Costs of organising production where import became impossible</source>
        <translation>Шетелден сатып алу мүмкін болмаған жағдайда өндірісті ұйымдастыруға кететін шығындар</translation>
    </message>
    <message>
        <source>Research costs when cooperation with foreign states stops</source>
        <translation>Шет мемлекеттермен ғылыми-техникалық ынтымақтастық тоқтатылған жағдайда ҒЗТКЖ-ға кететін шығындар</translation>
    </message>
    <message>
        <source>Other indicators of probable damage</source>
        <translation>Ықтимал зиянды сипаттайтын өзге де көрсеткіштер</translation>
    </message>
    <message>
        <source>Cost of attracting specialists for the assessment</source>
        <translation>Зиянның мөлшерін айқындау үшін арнайы танымдары бар өкілдерді тарту шығындары</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision on copy request %1</source>
        <translation>Көбейтуге № %1 өтінім бойынша шешім</translation>
    </message>
    <message>
        <source>%1: %2
Originator: %3
Requester: %4; copies asked: %5
Purpose: %6
%7</source>
        <translation>%1: %2
Ақпарат көзі: %3
Өтініш беруші: %4; сұралған дана саны: %5
Мақсаты: %6
%7</translation>
    </message>
    <message>
        <source>&amp;Permit</source>
        <translation>&amp;Рұқсат беру</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>Бас &amp;тарту</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Шешім:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Қол қойған:</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Шешім қабылдаған:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Copies authorised:</source>
        <translation>Рұқсат етілген &amp;дана саны:</translation>
    </message>
    <message>
        <source>Reason for the re&amp;fusal:</source>
        <translation>Бас тарту &amp;себебі:</translation>
    </message>
    <message>
        <source>Optional: the order by which you act for the head</source>
        <translation>Міндетті емес: басшының атынан әрекет етуге негіз болатын бұйрық</translation>
    </message>
    <message>
        <source>No. of the originator&apos;s letter</source>
        <translation>Ақпарат көзі хатының нөмірі</translation>
    </message>
    <message>
        <source>The originator who answered in writing</source>
        <translation>Жазбаша жауап берген ақпарат көзі</translation>
    </message>
</context>
<context>
    <name>DegreeDialog</name>
    <message>
        <source>Secrecy degree: dossier %1</source>
        <translation>Құпиялылық дәрежесі: № %1 іс</translation>
    </message>
    <message>
        <source>The secrecy degree of the information is established before the damage is assessed (p.9). If the information and its carriers hold no state secrets, the conclusion states no amount (p.11).</source>
        <translation>Ақпараттың құпиялылық дәрежесі зиянның мөлшері айқындалғанға дейін белгіленеді (9-тармақ). Егер ақпаратта және оның жеткізгіштерінде мемлекеттік құпиялар болмаса, қорытындыда зиянның мөлшері көрсетілмейді (11-тармақ).</translation>
    </message>
    <message>
        <source>No state secrets</source>
        <translation>Мемлекеттік құпиялар жоқ</translation>
    </message>
    <message>
        <source>Secrecy &amp;degree:</source>
        <translation>Құпиялылық &amp;дәрежесі:</translation>
    </message>
    <message>
        <source>&amp;Content of the information:</source>
        <translation>Ақпараттың &amp;мазмұны:</translation>
    </message>
    <message>
        <source>&amp;Establish</source>
        <translation>&amp;Айқындау</translation>
    </message>
</context>
<context>
    <name>Derivation</name>
    <message>
        <source>Copy</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Үзінді</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Аударма</translation>
    </message>
    <message>
        <source>Printout of Grif</source>
        <translation>Grif басып шығарған құжат</translation>
    </message>
    <message>
        <source>Export of Grif</source>
        <translation>Grif экспорттаған файл</translation>
    </message>
</context>
<context>
    <name>Destruction</name>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Signed by the commission</source>
        <translation>Комиссия қол қойған</translation>
    </message>
    <message>
        <source>Approved by the head</source>
        <translation>Басшы бекіткен</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Орындалған</translation>
    </message>
    <message>
        <source>Written notice of the originator</source>
        <translation>Берген Тараптың жазбаша хабарламасы</translation>
    </message>
    <message>
        <source>Expiry of the storage period</source>
        <translation>Сақтау мерзімінің өтуі</translation>
    </message>
    <message>
        <source>Decision of the organisation</source>
        <translation>Ұйымның шешімі</translation>
    </message>
    <message>
        <source>Chair of the commission</source>
        <translation>Комиссия төрағасы</translation>
    </message>
    <message>
        <source>Member of the commission</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <source>Signed in the program</source>
        <translation>Бағдарламада қол қойылған</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Қағазда қол қойылған</translation>
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
        <translation>Күні</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Даналар</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Жою әдісі</translation>
    </message>
    <message>
        <source>%1: No. %2 of %3</source>
        <translation>%1: %3 жылғы № %2</translation>
    </message>
</context>
<context>
    <name>DestructionPage</name>
    <message>
        <source>Destruction act %1 is drawn up as a draft.</source>
        <translation>№ %1 жою актісі жоба ретінде жасалды.</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Кү&amp;йі:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>&amp;New act…</source>
        <translation>&amp;Жаңа акт…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Destruction acts</source>
        <translation>Жою актілері</translation>
    </message>
    <message>
        <source>Return list %1: the copies are dispatched to %2.</source>
        <translation>№ %1 қайтару тізімі: даналар жіберілді (алушы: %2).</translation>
    </message>
    <message>
        <source>&amp;Send back…</source>
        <translation>&amp;Қайтару…</translation>
    </message>
    <message>
        <source>&amp;Print return list…</source>
        <translation>Қайтару тізімін басып &amp;шығару…</translation>
    </message>
    <message>
        <source>Return lists</source>
        <translation>Қайтару тізімдері</translation>
    </message>
    <message>
        <source>Destruction and returns</source>
        <translation>Жою және қайтару</translation>
    </message>
    <message>
        <source>Returns to the originator</source>
        <translation>Берген Тарапқа қайтару</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>The carrier goes back to its originator: no consent is needed.</source>
        <translation>Жеткізгіш ақпаратты берген Тарапқа қайтарылады: келісім қажет емес.</translation>
    </message>
    <message>
        <source>This carrier came from the Kyrgyz party (%1). Passing it to anyone else needs the originator&apos;s prior written consent (S001 a.4 p.1.5): give its reference.</source>
        <translation>Бұл жеткізгіш Қырғыз Тарабынан (%1) алынған. Оны басқа біреуге беру үшін ақпаратты берген Тараптың алдын ала жазбаша келісімі қажет (S001, 4-бап, 1-тармақ, 5) тармақша): келісімнің деректемелерін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Dispatch a copy</source>
        <translation>Дананы жіберу</translation>
    </message>
    <message>
        <source>To the other state:</source>
        <translation>Басқа мемлекетке:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Арна:</translation>
    </message>
    <message>
        <source>&amp;Recipient organisation:</source>
        <translation>Алушы &amp;ұйым:</translation>
    </message>
    <message>
        <source>Co&amp;ver letter No.:</source>
        <translation>&amp;Ілеспе хат №:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Негіздеме:</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;written confirmation:</source>
        <translation>Алушының &amp;жазбаша растауы:</translation>
    </message>
    <message>
        <source>Confirmation &amp;dated:</source>
        <translation>Растау к&amp;үні:</translation>
    </message>
    <message>
        <source>Under co&amp;ntract:</source>
        <translation>&amp;Шарт бойынша:</translation>
    </message>
    <message>
        <source>&amp;Transport method:</source>
        <translation>&amp;Тасымалдау тәсілі:</translation>
    </message>
    <message>
        <source>R&amp;oute:</source>
        <translation>&amp;Бағыты:</translation>
    </message>
    <message>
        <source>&amp;Escort:</source>
        <translation>Алып жү&amp;ру:</translation>
    </message>
    <message>
        <source>Originator&apos;s &amp;consent:</source>
        <translation>Берген Тараптың &amp;келісімі:</translation>
    </message>
    <message>
        <source>&amp;International dispatch (S001 a.5 p.3 channels only)</source>
        <translation>&amp;Халықаралық жіберу (тек S001, 5-бап, 3-тармақтағы арналар)</translation>
    </message>
    <message>
        <source>&amp;Large carrier (S001 a.5 p.4)</source>
        <translation>Ірі кө&amp;лемді жеткізгіш (S001, 5-бап, 4-тармақ)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Choose the channel</source>
        <translation>Арнаны таңдаңыз</translation>
    </message>
    <message>
        <source>Reference of the confirmation of clearance and capability (S001 a.5 p.1)</source>
        <translation>Рұқсаттың және қорғау мүмкіндігінің бар екенін растау хатының деректемелері (S001, 5-бап, 1-тармақ)</translation>
    </message>
    <message>
        <source>e.g. a special vehicle</source>
        <translation>мысалы, арнайы көлік</translation>
    </message>
    <message>
        <source>Who accompanies the carrier</source>
        <translation>Жеткізгішті кім алып жүреді</translation>
    </message>
    <message>
        <source>Reference and date of the written consent</source>
        <translation>Жазбаша келісімнің нөмірі мен күні</translation>
    </message>
    <message>
        <source>Dispatch of the conclusion: dossier %1</source>
        <translation>Қорытындыны жіберу: № %1 іс</translation>
    </message>
    <message>
        <source>The conclusion with copies of the investigation materials goes to the national security bodies; one copy stays with the protection unit (p.12). The dossier then closes.</source>
        <translation>Қорытынды қызметтік тергеп-тексеру материалдарының көшірмелерімен бірге ұлттық қауіпсіздік органдарына жіберіледі; оның бір данасы мемлекеттік құпияларды қорғау бөлімшесінде сақталады (12-тармақ). Осыдан кейін іс жабылады.</translation>
    </message>
    <message>
        <source>Outgoing &amp;No.:</source>
        <translation>Шығыс &amp;нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Жіберілген күні:</translation>
    </message>
    <message>
        <source>Result also sent to the &amp;pre-trial body:</source>
        <translation>Нәтиже жіберілген &amp;сотқа дейінгі тергеп-тексеру органы:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Тіркеу</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Loss or disclosure</source>
        <translation>Жоғалту немесе жария ету</translation>
    </message>
    <message>
        <source>Claim of the owner of the information source</source>
        <translation>Мәліметтер көзінің иесінің талабы</translation>
    </message>
    <message>
        <source>Assigned to the commission</source>
        <translation>Комиссияға тапсырылды</translation>
    </message>
    <message>
        <source>Secrecy degree established</source>
        <translation>Құпиялылық дәрежесі айқындалды</translation>
    </message>
    <message>
        <source>Damage assessed</source>
        <translation>Зиян айқындалды</translation>
    </message>
    <message>
        <source>Agreed with the authorised body</source>
        <translation>Уәкілетті органмен келісілді</translation>
    </message>
    <message>
        <source>Signed by the commission</source>
        <translation>Комиссия қол қойды</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Бекітілді</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Internal investigation</source>
        <translation>Қызметтік тергеп-тексеру</translation>
    </message>
    <message>
        <source>Notice from another body</source>
        <translation>Басқа органның хабарламасы</translation>
    </message>
    <message>
        <source>Court or prosecution order</source>
        <translation>Сот немесе прокуратура актісі</translation>
    </message>
    <message>
        <source>Claim of the owner</source>
        <translation>Иесінің талабы</translation>
    </message>
    <message>
        <source>Standing commission for the protection of state secrets</source>
        <translation>Мемлекеттік құпияларды қорғау жөніндегі тұрақты жұмыс істейтін комиссия (ТЖК)</translation>
    </message>
    <message>
        <source>Expert commission</source>
        <translation>Сараптау комиссиясы</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation>Төрағаның орынбасары</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Мүше</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <source>Invited specialist</source>
        <translation>Шақырылған маман</translation>
    </message>
    <message>
        <source>Representative of the body with authority over state secrets</source>
        <translation>Мемлекеттік құпияларға билік өкілеттігі бар органның өкілі</translation>
    </message>
    <message>
        <source>Representative with special knowledge</source>
        <translation>Арнайы танымдары бар өкіл</translation>
    </message>
    <message>
        <source>Customer of classified work</source>
        <translation>Құпия жұмыстардың тапсырыс берушісі</translation>
    </message>
</context>
<context>
    <name>DossierOverview</name>
    <message>
        <source>State:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <source>Case or owner:</source>
        <translation>Факт немесе иесі:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Негіздеме:</translation>
    </message>
    <message>
        <source>Assigned, materials:</source>
        <translation>Тапсырылған күні; материалдар түскен күні:</translation>
    </message>
    <message>
        <source>Deadline (30 days):</source>
        <translation>Мерзімі (30 күн):</translation>
    </message>
    <message>
        <source>Commission:</source>
        <translation>Комиссия:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Қорытынды шығарылған жер:</translation>
    </message>
    <message>
        <source>Secrecy degree:</source>
        <translation>Құпиялылық дәрежесі:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Мазмұны:</translation>
    </message>
    <message>
        <source>Amount of damage:</source>
        <translation>Зиянның мөлшері:</translation>
    </message>
    <message>
        <source>MCI used:</source>
        <translation>Қолданылған АЕК:</translation>
    </message>
    <message>
        <source>Methodology:</source>
        <translation>Әдістеме:</translation>
    </message>
    <message>
        <source>Agreed with:</source>
        <translation>Келісілген орган:</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>Бекітілді:</translation>
    </message>
    <message>
        <source>Dispatch or reading:</source>
        <translation>Жіберу немесе танысу:</translation>
    </message>
    <message>
        <source>case %1 (%2)</source>
        <translation>№ %1 факт (%2)</translation>
    </message>
    <message>
        <source>; information of the Kyrgyz party</source>
        <translation>; Қырғыз Тарабының ақпараты</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, order %2 of %3</source>
        <translation>%1, %3 жылғы № %2 бұйрық</translation>
    </message>
    <message>
        <source>no state secrets</source>
        <translation>мемлекеттік құпиялар жоқ</translation>
    </message>
    <message>
        <source>%1 (date named by %2)</source>
        <translation>%1 (күні мына құжатпен белгіленген: %2)</translation>
    </message>
    <message>
        <source>%1, approved by %2</source>
        <translation>%1, бекіткен: %2</translation>
    </message>
    <message>
        <source>; a lost single copy</source>
        <translation>; жоғалған құжат бір данада болған</translation>
    </message>
    <message>
        <source>none: the range of p.10</source>
        <translation>жоқ: 10-тармақтағы ауқым</translation>
    </message>
    <message>
        <source>needed before the signatures</source>
        <translation>қол қойылғанға дейін қажет</translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <translation>%1, %3 жылғы № %2</translation>
    </message>
    <message>
        <source>sent under No. %1 of %2</source>
        <translation>%2 жылғы № %1 хатпен жіберілді</translation>
    </message>
    <message>
        <source>; the result to %1</source>
        <translation>; нәтиже жіберілді: %1</translation>
    </message>
    <message>
        <source>read by the owner on %1</source>
        <translation>иесінің танысқан күні: %1</translation>
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
        <translation>№ %1 іс бойынша қорытындыға қол қою</translation>
    </message>
    <message>
        <source>A signer of the conclusion confirms with their own user name and password.
Not signed yet: %1</source>
        <translation>Қорытындыға қол қоюшы өзінің пайдаланушы атымен және құпиясөзімен растайды.
Әлі қол қоймағандар: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>Қо&amp;л қою</translation>
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
        <translation>%1 АЕК</translation>
    </message>
    <message>
        <source>MCI %1 of %2</source>
        <translation>АЕК %1 (қолданысқа енген күні: %2)</translation>
    </message>
    <message>
        <source>A lost document in a single copy: exactly %1 = %2 (p.10); %3</source>
        <translation>Бір данада болған құжат жоғалған: дәл %1 = %2 (10-тармақ); %3</translation>
    </message>
    <message>
        <source>Range of p.10: from %1 = from %2; %3</source>
        <translation>10-тармақтағы ауқым: кемінде %1 = кемінде %2; %3</translation>
    </message>
    <message>
        <source>Range of p.10: %1 – %2 = %3 – %4; %5</source>
        <translation>10-тармақтағы ауқым: %1 – %2 = %3 – %4; %5</translation>
    </message>
    <message>
        <source>none: no state secrets</source>
        <translation>көрсетілмейді: мемлекеттік құпиялар жоқ</translation>
    </message>
    <message>
        <source>%1 %2 (assessed by the Kyrgyz party, %3)</source>
        <translation>%1 %2 (Қырғыз Тарабы айқындаған, %3)</translation>
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
        <translation>мерзім белгіленбейді (14-тармақ)</translation>
    </message>
    <message>
        <source>signed in Grif</source>
        <translation>Grif-те қол қойылды</translation>
    </message>
    <message>
        <source>signed on paper</source>
        <translation>қағазда қол қойылды</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>қатыспайды</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>әлі қол қойылмаған</translation>
    </message>
    <message>
        <source>does not sign</source>
        <translation>қол қоймайды</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Print the conclusion</source>
        <translation>Қорытындыны басып шығару</translation>
    </message>
    <message>
        <source>Approve the conclusion</source>
        <translation>Қорытындыны бекіту</translation>
    </message>
    <message>
        <source>Approve the conclusion of dossier %1 as the head of the organisation?</source>
        <translation>№ %1 іс бойынша қорытындыны ұйым басшысы ретінде бекітесіз бе?</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Барлығы: %1</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>№ %1 іс</translation>
    </message>
    <message>
        <source>Damage-assessment dossier No. %1: %2</source>
        <translation>Зиянның мөлшерін айқындау жөніндегі № %1 іс: %2</translation>
    </message>
    <message>
        <source>Indicator (p.8)</source>
        <translation>Көрсеткіш (8-тармақ)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Негіздемесі</translation>
    </message>
    <message>
        <source>Set &amp;indicator…</source>
        <translation>&amp;Көрсеткішті енгізу…</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Secrecy &amp;degree…</source>
        <translation>Құпиялылық &amp;дәрежесі…</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>&amp;Зиянды айқындау…</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>Ке&amp;лісу…</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Қол қою…</translation>
    </message>
    <message>
        <source>Record paper si&amp;gnature…</source>
        <translation>Қағаздағы қолды т&amp;іркеу…</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>&amp;Бекіту</translation>
    </message>
    <message>
        <source>Dispa&amp;tch…</source>
        <translation>&amp;Жіберу…</translation>
    </message>
    <message>
        <source>Owner has &amp;read…</source>
        <translation>&amp;Иесі танысты…</translation>
    </message>
    <message>
        <source>P&amp;rint conclusion…</source>
        <translation>Қорытындыны басып &amp;шығару…</translation>
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
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Case or owner</source>
        <translation>Факт немесе иесі</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Қалған күн</translation>
    </message>
    <message>
        <source>Commission chair</source>
        <translation>Комиссия төрағасы</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Зиянның мөлшері</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <source>Dossier %1 is assigned to the commission.</source>
        <translation>№ %1 іс комиссияға тапсырылды.</translation>
    </message>
    <message>
        <source>Damage-assessment dossiers</source>
        <translation>Зиянның мөлшерін айқындау істері</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Тапсыру…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>&amp;Print conclusion…</source>
        <translation>Қорытындыны &amp;басып шығару…</translation>
    </message>
</context>
<context>
    <name>EndContractDialog</name>
    <message>
        <source>End contract %1</source>
        <translation>№ %1 шарттың қолданылуын тоқтату</translation>
    </message>
    <message>
        <source>Contract %1: %2. Nothing new comes under it once it has ended; what was received under it stays protected.</source>
        <translation>Шарт %1: %2. Қолданылуы тоқтатылғаннан кейін бұл шарт бойынша жаңа ештеңе қабылданбайды; ол бойынша алынған ақпарат қорғала береді.</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Тоқтатылған күні:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>e.g. terminated by the parties&apos; agreement of 01.03.2026</source>
        <translation>мысалы, тараптардың 01.03.2026 жылғы келісімі бойынша бұзылды</translation>
    </message>
    <message>
        <source>E&amp;nd the contract</source>
        <translation>Қолданылуын т&amp;оқтату</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The operation could not be completed.</source>
        <translation>Операцияны орындау мүмкін болмады.</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation>«%1» үшін жарамсыз мән: %2</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters are allowed.</source>
        <translation>%1 тым ұзын: ең көбі %2 таңба рұқсат етіледі.</translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the account is disabled.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате, не болмаса есептік жазба өшірілген.</translation>
    </message>
    <message>
        <source>Too many failed logins. Wait %1 seconds and try again.</source>
        <translation>Жүйеге кірудің сәтсіз әрекеттері тым көп. %1 секунд күтіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Logins are locked after repeated failures. Wait %1 minutes or ask the administrator.</source>
        <translation>Қайталанған сәтсіз әрекеттерден кейін жүйеге кіру бұғатталды. %1 минут күтіңіз немесе әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <source>The password is not accepted: %1</source>
        <translation>Құпиясөз қабылданбады: %1</translation>
    </message>
    <message>
        <source>You do not have the right to do this (%1). Ask the administrator.</source>
        <translation>Бұл әрекетті орындауға құқығыңыз жоқ (%1). Әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <source>Your clearance does not give access to this information.</source>
        <translation>Сізге берілген рұқсат нысаны бұл ақпаратқа қол жеткізуге мүмкіндік бермейді.</translation>
    </message>
    <message>
        <source>A copy in the state «%1» cannot be moved this way.</source>
        <translation>«%1» күйіндегі данамен мұндай әрекет жасауға болмайды.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>Табылмады: %1.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>Бұрыннан бар: %1.</translation>
    </message>
    <message>
        <source>This cannot be done now: %1</source>
        <translation>Бұл әрекетті қазір орындау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The store cannot be used: %1</source>
        <translation>Мәліметтер базасын пайдалану мүмкін емес: %1</translation>
    </message>
    <message>
        <source>No store at %1. Choose an existing store file or create a new one.</source>
        <translation>%1 жолында мәліметтер базасы жоқ. Бар мәліметтер базасының файлын таңдаңыз немесе жаңасын жасаңыз.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place for the store.</source>
        <translation>%1 қалтасы жоқ. Мәліметтер базасы үшін басқа орынды таңдаңыз.</translation>
    </message>
    <message>
        <source>A store already exists at %1. Choose another file name.</source>
        <translation>%1 жолында мәліметтер базасы бұрыннан бар. Басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>The key file %1 is missing or damaged, so the store cannot be opened, not even with the recovery code. Put back the key file from the latest backup of this store, or ask the administrator.</source>
        <translation>%1 кілт файлы жоқ немесе бүлінген, сондықтан мәліметтер базасын тіпті қалпына келтіру кодымен де ашу мүмкін емес. Кілт файлын осы мәліметтер базасының соңғы резервтік көшірмесінен алып, орнына қойыңыз немесе әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <source>This store is bound to a workstation whose keyring does not answer: the keyring is locked or its entry is gone, or this is another workstation. Unlock the keyring (log in to the desktop again) and retry; to move the store to this workstation, an administrator runs grif-cli bind --recovery with the recovery code.</source>
        <translation>Бұл мәліметтер базасы кілттер қоймасы жауап бермейтін жұмыс станциясына байланыстырылған: кілттер қоймасы бұғатталған, ондағы жазба жойылған немесе бұл басқа жұмыс станциясы. Кілттер қоймасын бұғаттан шығарып (жұмыс үстеліне қайта кіріп), қайталап көріңіз; мәліметтер базасын осы жұмыс станциясына көшіру үшін әкімші қалпына келтіру кодымен grif-cli bind --recovery пәрменін орындайды.</translation>
    </message>
    <message>
        <source>The store is read-only here, so nothing can be changed. To work in it, copy the store with its .keys file to a folder you may write to, or ask the administrator for write access, then open it again.</source>
        <translation>Мәліметтер базасы бұл жерде тек оқуға арналған, сондықтан ештеңені өзгерту мүмкін емес. Онымен жұмыс істеу үшін мәліметтер базасын .keys файлымен бірге өзіңіз жаза алатын қалтаға көшіріңіз немесе әкімшіден жазу құқығын сұраңыз, содан кейін оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>The backup in %1 cannot be used: %2. Nothing was restored; use another backup.</source>
        <translation>%1 қалтасындағы резервтік көшірмені пайдалану мүмкін емес: %2. Ештеңе қалпына келтірілген жоқ; басқа резервтік көшірмені пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2. Check that the medium is inserted, writable and has free space, then make the backup again. The store itself is unchanged.</source>
        <translation>Резервтік көшірмені %1 жолына жазу мүмкін болмады: %2. Тасығыштың салынғанын, оған жазуға болатынын және онда бос орын бар екенін тексеріп, резервтік көшірмені қайта жасаңыз. Мәліметтер базасының өзі өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The store %1 was last used by a newer version of Grif (schema %2) than this one (%3). Open it with that version or a later one; this version leaves it untouched.</source>
        <translation>Мәліметтер базасы (%1) соңғы рет Grif-тің осы нұсқасынан (%3) жаңарақ нұсқасында (сұлбасы: %2) пайдаланылған. Оны сол нұсқамен немесе одан кейінгі нұсқамен ашыңыз; осы нұсқа оны өзгертпейді.</translation>
    </message>
    <message>
        <source>Before bringing the store %1 up to this version, Grif makes a verified backup of it beside it, and that failed: %2. The store was not changed. Free space in its folder (or make the folder writable) and open it again, or install Grif %3 again to keep working with it as it is.</source>
        <translation>Мәліметтер базасын (%1) осы нұсқаға жаңартпас бұрын Grif оның жанына тексерілген резервтік көшірмесін жасайды, бірақ бұл сәтсіз аяқталды: %2. Мәліметтер базасы өзгертілген жоқ. Оның қалтасында орын босатып (немесе қалтаны жазуға болатын етіп), оны қайта ашыңыз немесе онымен қазіргі күйінде жұмысты жалғастыру үшін Grif-тің %3 нұсқасын қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>The store %1 could not be brought up to this version of Grif: %2. It was left exactly as it was. To keep working with it, install Grif %3 again. A verified backup made before the attempt is in %4. Report this message to the program&apos;s maintainers.</source>
        <translation>Мәліметтер базасын (%1) Grif-тің осы нұсқасына жаңарту мүмкін болмады: %2. Ол бұрынғы күйінде өзгеріссіз қалды. Онымен жұмысты жалғастыру үшін Grif-тің %3 нұсқасын қайта орнатыңыз. Жаңарту әрекетінің алдында жасалған тексерілген резервтік көшірме %4 қалтасында. Бұл хабарламаны бағдарламаны сүйемелдеушілерге жіберіңіз.</translation>
    </message>
    <message>
        <source>The backup was written but its check failed: %1. It was not kept. Make the backup again on another medium; if it fails again, run the integrity check of the store.</source>
        <translation>Резервтік көшірме жазылды, бірақ оны тексеру сәтсіз аяқталды: %1. Ол сақталмады. Резервтік көшірмені басқа тасығышқа қайта жасаңыз; бұл қайталанса, мәліметтер базасының тұтастығын тексеруді іске қосыңыз.</translation>
    </message>
    <message>
        <source>The store does not open with this key: the file is damaged or belongs to another key file.</source>
        <translation>Мәліметтер базасы бұл кілтпен ашылмайды: файл бүлінген немесе басқа кілт файлына тиесілі.</translation>
    </message>
    <message>
        <source>Integrity check failed: %1. Stop work and inform the auditor.</source>
        <translation>Тұтастықты тексеру сәтсіз аяқталды: %1. Жұмысты тоқтатып, аудиторға хабарлаңыз.</translation>
    </message>
    <message>
        <source>The store was replaced by an older copy: its journal ends at record %1, the workstation remembers record %2. Inform the auditor.</source>
        <translation>Мәліметтер базасы ескірек көшірмемен ауыстырылған: оның журналы %1 нөмірлі жазбамен аяқталады, ал жұмыс станциясында %2 нөмірлі жазба тіркелген. Аудиторға хабарлаңыз.</translation>
    </message>
    <message>
        <source>The audit record could not be written, so the action was not done: %1</source>
        <translation>Оқиғаларды тіркеу журналына жазба енгізу мүмкін болмады, сондықтан әрекет орындалмады: %1</translation>
    </message>
    <message>
        <source>The store is in use by another program. Close it and try again.</source>
        <translation>Мәліметтер базасын басқа бағдарлама пайдаланып отыр. Сол бағдарламаны жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>Диск толып қалды. Орын босатып, қайталап көріңіз; ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>at least 12 characters are required</source>
        <translation>кемінде 12 таңба қажет</translation>
    </message>
    <message>
        <source>at most 256 characters are allowed</source>
        <translation>256 таңбадан аспауы тиіс</translation>
    </message>
    <message>
        <source>it must not contain the user name</source>
        <translation>құпиясөзде пайдаланушы аты болмауы тиіс</translation>
    </message>
    <message>
        <source>it must not contain control characters</source>
        <translation>құпиясөзде басқару таңбалары болмауы тиіс</translation>
    </message>
    <message>
        <source>it must not be one repeated character</source>
        <translation>құпиясөз бір ғана қайталанатын таңбадан тұрмауы тиіс</translation>
    </message>
    <message>
        <source>The recovery code is wrong. Check it against the sheet kept in the safe.</source>
        <translation>Қалпына келтіру коды қате. Оны сейфте сақталған парақпен салыстырып тексеріңіз.</translation>
    </message>
    <message>
        <source>Grif</source>
        <translation>Grif</translation>
    </message>
    <message>
        <source>standard input is not UTF-8 text</source>
        <translation>стандартты енгізу UTF-8 мәтіні емес</translation>
    </message>
    <message>
        <source>name the store file to restore into</source>
        <translation>қалпына келтірілетін мәліметтер базасының файлын көрсетіңіз</translation>
    </message>
    <message>
        <source>give form, number, issue and expiry dates together</source>
        <translation>нысанын, нөмірін, берілген және аяқталу күндерін бірге көрсетіңіз</translation>
    </message>
    <message>
        <source>name the administrator who does this</source>
        <translation>осы әрекетті орындайтын әкімшіні көрсетіңіз</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>пайдаланушы аты</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>position</source>
        <translation>лауазымы</translation>
    </message>
    <message>
        <source>department</source>
        <translation>бөлімше</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>рөлдер</translation>
    </message>
    <message>
        <source>role</source>
        <translation>рөл</translation>
    </message>
    <message>
        <source>level</source>
        <translation>құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>Kyrgyz marking</source>
        <translation>Қырғыз Тарабының құпиялылық белгісі</translation>
    </message>
    <message>
        <source>clearance</source>
        <translation>рұқсат нысаны</translation>
    </message>
    <message>
        <source>clearance form</source>
        <translation>рұқсат нысанының түрі</translation>
    </message>
    <message>
        <source>clearance number</source>
        <translation>рұқсат нөмірі</translation>
    </message>
    <message>
        <source>clearance expiry</source>
        <translation>рұқсаттың қолданылу мерзімі</translation>
    </message>
    <message>
        <source>registration number</source>
        <translation>тіркеу нөмірі</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>шарт</translation>
    </message>
    <message>
        <source>the contract has ended or expired</source>
        <translation>шарттың қолданылуы тоқтатылған немесе мерзімі өткен</translation>
    </message>
    <message>
        <source>print language</source>
        <translation>басып шығару тілі</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>толтырылмаған</translation>
    </message>
    <message>
        <source>the date is before 1950</source>
        <translation>күн 1950 жылдан бұрын</translation>
    </message>
    <message>
        <source>wrong type of value</source>
        <translation>мәннің түрі дұрыс емес</translation>
    </message>
    <message>
        <source>it contains control characters</source>
        <translation>басқару таңбалары бар</translation>
    </message>
    <message>
        <source>use 2–32 lower-case Latin letters, digits, . _ -</source>
        <translation>2–32 кіші латын әрпін, цифрларды, . _ - таңбаларын пайдаланыңыз</translation>
    </message>
    <message>
        <source>the store is not bound to a workstation</source>
        <translation>мәліметтер базасы жұмыс станциясына байланыстырылмаған</translation>
    </message>
    <message>
        <source>the account is disabled; enable it with a new password</source>
        <translation>есептік жазба өшірілген; оны жаңа құпиясөзбен қосыңыз</translation>
    </message>
    <message>
        <source>number of days</source>
        <translation>күндер саны</translation>
    </message>
    <message>
        <source>the last active administrator cannot be removed</source>
        <translation>соңғы белсенді әкімшіні алып тастауға болмайды</translation>
    </message>
    <message>
        <source>the account is already active</source>
        <translation>есептік жазба қазірдің өзінде белсенді</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Бас тартылды: ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>әрекет</translation>
    </message>
    <message>
        <source>object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>кезең</translation>
    </message>
    <message>
        <source>the first date is after the last one</source>
        <translation>бастапқы күн соңғы күннен кейін тұр</translation>
    </message>
    <message>
        <source>journal record number</source>
        <translation>журнал жазбасының нөмірі</translation>
    </message>
    <message>
        <source>The journal check was cancelled before it was complete.</source>
        <translation>Журналды тексеру аяқталмай тұрып тоқтатылды.</translation>
    </message>
    <message>
        <source>The export was cancelled before it was complete.</source>
        <translation>Экспорттау аяқталмай тұрып тоқтатылды.</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2). Choose another place.</source>
        <translation>%1 файлын жазу мүмкін болмады (%2). Басқа орынды таңдаңыз.</translation>
    </message>
    <message>
        <source>place</source>
        <translation>жою орны</translation>
    </message>
    <message>
        <source>date of the act</source>
        <translation>актінің күні</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>негіздеме</translation>
    </message>
    <message>
        <source>reference of the basis</source>
        <translation>негіздеменің нөмірі</translation>
    </message>
    <message>
        <source>date of the basis</source>
        <translation>негіздеменің күні</translation>
    </message>
    <message>
        <source>method of destruction</source>
        <translation>жою әдісі</translation>
    </message>
    <message>
        <source>how the method rules out recovery</source>
        <translation>әдістің қалпына келтіруді қалай болдырмайтыны</translation>
    </message>
    <message>
        <source>copies on the act</source>
        <translation>актідегі даналар</translation>
    </message>
    <message>
        <source>commission</source>
        <translation>комиссия</translation>
    </message>
    <message>
        <source>member of the commission</source>
        <translation>комиссия мүшесі</translation>
    </message>
    <message>
        <source>chair of the commission</source>
        <translation>комиссия төрағасы</translation>
    </message>
    <message>
        <source>Copy %1 cannot be destroyed: it is not in the safe (%2).</source>
        <translation>%1 данасын жою мүмкін емес: ол сейфте жоқ (%2).</translation>
    </message>
    <message>
        <source>Copy %1 is under an open marking-change case and cannot be destroyed.</source>
        <translation>%1 данасы құпиялылық белгісін өзгерту жөніндегі ашық іске енгізілген, сондықтан оны жоюға болмайды.</translation>
    </message>
    <message>
        <source>Copy %1 is already on destruction act %2.</source>
        <translation>%1 данасы № %2 жою актісіне бұрыннан енгізілген.</translation>
    </message>
    <message>
        <source>carriers of the other Party are destroyed only on the originator&apos;s written notice (reference and date)</source>
        <translation>екінші Тараптың жеткізгіштері тек берген Тараптың жазбаша хабарламасы бойынша жойылады (нөмірі мен күнін көрсетіңіз)</translation>
    </message>
    <message>
        <source>own carriers are destroyed when their storage period expires or on a decision</source>
        <translation>өз жеткізгіштері сақтау мерзімі өткенде немесе шешім бойынша жойылады</translation>
    </message>
    <message>
        <source>one act on an originator&apos;s notice lists the carriers of that originator only</source>
        <translation>берген Тараптың хабарламасы бойынша жасалатын бір актіге тек сол ақпарат көзінің жеткізгіштері енгізіледі</translation>
    </message>
    <message>
        <source>a chair and at least two other members, each of them once</source>
        <translation>төраға және кемінде тағы екі мүше, әрқайсысы бір реттен</translation>
    </message>
    <message>
        <source>%1 has no valid clearance covering the highest level on the act</source>
        <translation>%1: актідегі ең жоғары құпиялылық дәрежесіне сәйкес қолданыстағы рұқсат нысаны жоқ</translation>
    </message>
    <message>
        <source>%1 keeps a copy listed on the act and cannot sit on its commission</source>
        <translation>%1 актіге енгізілген дананың жауапты тұлғасы болып табылады, сондықтан комиссия құрамына кіре алмайды</translation>
    </message>
    <message>
        <source>not one of the methods the administrator allows</source>
        <translation>әкімші рұқсат еткен әдістердің бірі емес</translation>
    </message>
    <message>
        <source>an executed act can never be changed</source>
        <translation>орындалған актіні өзгертуге болмайды</translation>
    </message>
    <message>
        <source>%1 is not on this act&apos;s commission</source>
        <translation>%1 осы акт бойынша комиссия құрамына кірмейді</translation>
    </message>
    <message>
        <source>%1 is not the chair of this act&apos;s commission</source>
        <translation>%1 осы акт бойынша комиссияның төрағасы емес</translation>
    </message>
    <message>
        <source>%1 has signed already</source>
        <translation>%1 бұрын қол қойған</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>алушы</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>арна</translation>
    </message>
    <message>
        <source>cover letter number</source>
        <translation>ілеспе хаттың нөмірі</translation>
    </message>
    <message>
        <source>purpose of copying</source>
        <translation>көбейту мақсаты</translation>
    </message>
    <message>
        <source>third party</source>
        <translation>үшінші Тарап</translation>
    </message>
    <message>
        <source>prior written consent of the originator</source>
        <translation>ақпаратты берген Тараптың алдын ала жазбаша келісімі</translation>
    </message>
    <message>
        <source>who gave the permission</source>
        <translation>рұқсат берген орган немесе тұлға</translation>
    </message>
    <message>
        <source>permission reference</source>
        <translation>рұқсаттың нөмірі</translation>
    </message>
    <message>
        <source>permission date</source>
        <translation>рұқсаттың күні</translation>
    </message>
    <message>
        <source>copies authorised</source>
        <translation>рұқсат етілген дана саны</translation>
    </message>
    <message>
        <source>reason for the refusal</source>
        <translation>бас тарту себебі</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>өтініш беруші</translation>
    </message>
    <message>
        <source>location</source>
        <translation>сақталатын орны</translation>
    </message>
    <message>
        <source>the requester has no valid clearance covering this level</source>
        <translation>өтініш берушінің осы құпиялылық дәрежесіне сәйкес қолданыстағы рұқсат нысаны жоқ</translation>
    </message>
    <message>
        <source>the permission must come from the originator</source>
        <translation>рұқсатты ақпарат көзі беруі тиіс</translation>
    </message>
    <message>
        <source>more than were asked for</source>
        <translation>сұралған саннан көп</translation>
    </message>
    <message>
        <source>more than the permission has left</source>
        <translation>рұқсат бойынша қалған саннан көп</translation>
    </message>
    <message>
        <source>the registration is under the open marking-change case %1: make copies after it closes</source>
        <translation>тіркеу құпиялылық белгісін өзгерту жөніндегі № %1 ашық іске енгізілген: даналарды іс жабылғаннан кейін жасаңыз</translation>
    </message>
    <message>
        <source>no copy of the registration is in the registry&apos;s safe to copy from</source>
        <translation>көбейту үшін тіркеудің сейфте тұрған бірде-бір данасы жоқ</translation>
    </message>
    <message>
        <source>the recipient has no valid clearance covering this level</source>
        <translation>алушының осы деңгейге сәйкес қолданыстағы рұқсаты жоқ</translation>
    </message>
    <message>
        <source>the copy is on destruction act %1: take it off the act before moving it</source>
        <translation>дана № %1 жою актісіне енгізілген: онымен әрекет жасамас бұрын оны актіден алып тастаңыз</translation>
    </message>
    <message>
        <source>not one of the allowed channels</source>
        <translation>рұқсат етілген арналардың бірі емес</translation>
    </message>
    <message>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>number of copies</source>
        <translation>даналар саны</translation>
    </message>
    <message>
        <source>number of sheets</source>
        <translation>парақ саны</translation>
    </message>
    <message>
        <source>parent registration</source>
        <translation>бастапқы тіркеу</translation>
    </message>
    <message>
        <source>only carriers received from the Kyrgyz party or created jointly with it come under a contract</source>
        <translation>шартқа тек Қырғыз Тарабынан алынған немесе онымен бірлесіп жасалған жеткізгіштер жатады</translation>
    </message>
    <message>
        <source>marking of the Kyrgyz party</source>
        <translation>Қырғыз Тарабының құпиялылық белгісі</translation>
    </message>
    <message>
        <source>purpose of transfer</source>
        <translation>беру кезінде көзделген мақсат</translation>
    </message>
    <message>
        <source>derived information cannot have a lower level than its source</source>
        <translation>туынды ақпараттың құпиялылық дәрежесі бастапқы ақпараттан төмен бола алмайды</translation>
    </message>
    <message>
        <source>the level must be the comparable Kazakh level of the Kyrgyz marking</source>
        <translation>дәреже қырғыз белгісімен салыстырылатын қазақстандық дәреже болуы тиіс</translation>
    </message>
    <message>
        <source>derivation</source>
        <translation>туынды түрі</translation>
    </message>
    <message>
        <source>journal of the register</source>
        <translation>тізілім журналы</translation>
    </message>
    <message>
        <source>state of the copy</source>
        <translation>дананың күйі</translation>
    </message>
    <message>
        <source>originator</source>
        <translation>ақпарат көзі</translation>
    </message>
    <message>
        <source>custodian</source>
        <translation>жауапты тұлға</translation>
    </message>
    <message>
        <source>copies are made only under a permitted copy request (Copy permissions section)</source>
        <translation>даналар тек рұқсат етілген көбейтуге өтінім бойынша жасалады («Көбейтуге рұқсаттар» бөлімі)</translation>
    </message>
    <message>
        <source>the source is being raised under the open marking-change case %1: register derived carriers after it closes</source>
        <translation>бастапқы құжаттың құпиялылық дәрежесі № %1 ашық іс бойынша жоғарылатылуда: туынды жеткізгіштерді іс жабылғаннан кейін тіркеңіз</translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation>күн болашақта</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>құпия фраза</translation>
    </message>
    <message>
        <source>use at least 12 characters</source>
        <translation>кемінде 12 таңба пайдаланыңыз</translation>
    </message>
    <message>
        <source>the passphrase is wrong or the file is damaged or not a Grif export</source>
        <translation>құпия фраза қате, не файл бүлінген, не ол Grif экспорттаған файл емес</translation>
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
        <translation>қалта</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>қалта жоқ</translation>
    </message>
    <message>
        <source>the system does not accept this file name: choose another</source>
        <translation>жүйе бұл файл атауын қабылдамайды: басқа атау таңдаңыз</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: save it from Excel as «CSV UTF-8»</source>
        <translation>файл UTF-8 мәтіні емес: оны Excel-де «CSV UTF-8» түрінде сақтаңыз</translation>
    </message>
    <message>
        <source>the file is too big for one import (64 MB at most)</source>
        <translation>файл бір рет импорттау үшін тым үлкен (ең көбі 64 МБ)</translation>
    </message>
    <message>
        <source>the file has too many rows for one import (100 000 at most)</source>
        <translation>файлда бір рет импорттау үшін жолдар тым көп (ең көбі 100 000)</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV</source>
        <translation>файлды CSV ретінде оқу мүмкін емес</translation>
    </message>
    <message>
        <source>not a column of the import file</source>
        <translation>импорт файлында мұндай баған көзделмеген</translation>
    </message>
    <message>
        <source>this column is missing from the file</source>
        <translation>бұл баған файлда жоқ</translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation>бұл баған екі рет кездеседі</translation>
    </message>
    <message>
        <source>the row does not have as many cells as the header</source>
        <translation>жолдағы ұяшықтар саны тақырып жолындағы ұяшықтар санына сәйкес келмейді</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>күн дұрыс жазылмаған (ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ)</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>бүтін сан емес</translation>
    </message>
    <message>
        <source>not one of the codes the import accepts</source>
        <translation>импорттау кезінде қабылданатын кодтардың бірі емес</translation>
    </message>
    <message>
        <source>the file has no rows to import</source>
        <translation>файлда импортталатын жолдар жоқ</translation>
    </message>
    <message>
        <source>Row %1 of the file, column %2: %3</source>
        <translation>Файлдың %1-жолы, %2 бағаны: %3</translation>
    </message>
    <message>
        <source>Row %1 of the file, column %2: %3. Nothing was imported.</source>
        <translation>Файлдың %1-жолы, %2 бағаны: %3. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>there is nothing to print or export in this selection</source>
        <translation>бұл іріктеуде басып шығаратын немесе экспорттайтын ештеңе жоқ</translation>
    </message>
    <message>
        <source>selection of the register</source>
        <translation>тізілімнен іріктеу</translation>
    </message>
    <message>
        <source>too many rows for one document: narrow the filter</source>
        <translation>бір құжат үшін жолдар тым көп: сүзгіні тарылтыңыз</translation>
    </message>
    <message>
        <source>Cancelled: nothing was printed, exported or registered.</source>
        <translation>Бас тартылды: ештеңе басып шығарылған, экспортталған немесе тіркелген жоқ.</translation>
    </message>
    <message>
        <source>The document %1 was registered but not produced. The journal records it; note its disposal in the register.</source>
        <translation>Құжат %1 нөмірімен тіркелді, бірақ жасалмады. Бұл журналда тіркелген; тізілімде құжаттың есептен шығарылғанын белгілеңіз.</translation>
    </message>
    <message>
        <source>a receipt confirmation is printed for carriers received from the other Party</source>
        <translation>алғандығын растау құжаты екінші Тараптан алынған жеткізгіштер үшін ғана басып шығарылады</translation>
    </message>
    <message>
        <source>new level</source>
        <translation>жаңа құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>registrations of the notice</source>
        <translation>хабарламада аталған тіркеу нөмірлері</translation>
    </message>
    <message>
        <source>the registration already has this level</source>
        <translation>тіркеудің құпиялылық дәрежесі бұрыннан осындай</translation>
    </message>
    <message>
        <source>one case either raises or lowers: the registrations of the notice differ</source>
        <translation>бір іс бойынша дәреже не жоғарылатылады, не төмендетіледі: хабарламада аталған тіркеулер бұл жағынан әртүрлі</translation>
    </message>
    <message>
        <source>%1 would be below its source %2, which keeps its level: name the source in the notice too</source>
        <translation>Тіркеу нөмірі %1 құжаттың құпиялылық дәрежесі бастапқы құжаттан (%2) төмен болып қалады, ал бастапқы құжаттың дәрежесі өзгермейді: бастапқы құжатты да хабарламада көрсетіңіз</translation>
    </message>
    <message>
        <source>the act is printed when the case is closed: every copy re-marked</source>
        <translation>акт іс жабылғанда, яғни барлық даналардың белгісі қайта қойылғанда басып шығарылады</translation>
    </message>
    <message>
        <source>second person</source>
        <translation>екінші тұлға</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <source>the second person must be someone other than the one opening the case</source>
        <translation>екінші тұлға істі ашатын адамнан басқа адам болуы тиіс</translation>
    </message>
    <message>
        <source>the second person must be a registry clerk, the head of the protection unit or the head of the organisation</source>
        <translation>екінші тұлға тізілімді жүргізетін қызметкер, мемлекеттік құпияларды қорғау бөлімшесінің басшысы немесе ұйым басшысы болуы керек</translation>
    </message>
    <message>
        <source>the second person has no valid clearance for the original level</source>
        <translation>екінші тұлғаның бастапқы құпиялылық дәрежесіне қолданыстағы рұқсат нысаны жоқ</translation>
    </message>
    <message>
        <source>lowering or removing a marking needs a second person&apos;s confirmation</source>
        <translation>құпиялылық белгісін төмендету немесе алып тастау үшін екінші тұлғаның растауы қажет</translation>
    </message>
    <message>
        <source>%1 copies are not re-marked yet</source>
        <translation>%1 дананың белгісі әлі қайта қойылмаған</translation>
    </message>
    <message>
        <source>the copy is not in this case or is already ticked off</source>
        <translation>дана бұл іске енгізілмеген немесе бұрыннан белгіленген</translation>
    </message>
    <message>
        <source>a copy that was sent away is ticked off on the recipient&apos;s confirmation: give its reference</source>
        <translation>жіберілген дана алушының растауы бойынша белгіленеді: растаудың нөмірі мен күнін көрсетіңіз</translation>
    </message>
    <message>
        <source>the case is closed</source>
        <translation>іс жабылған</translation>
    </message>
    <message>
        <source>the copy&apos;s holder is not cleared for the new level: take the copy back first</source>
        <translation>дана берілген адамның жаңа дәрежеге рұқсаты жоқ: алдымен дананы қайтарып алыңыз</translation>
    </message>
    <message>
        <source>Copy %1 is held by someone not cleared for the new level: take it back before closing the case.</source>
        <translation>%1 данасы жаңа дәрежеге рұқсаты жоқ адамда тұр: істі жаппас бұрын оны қайтарып алыңыз.</translation>
    </message>
    <message>
        <source>who issued the notice</source>
        <translation>хабарламаны берген</translation>
    </message>
    <message>
        <source>notice reference</source>
        <translation>хабарламаның нөмірі</translation>
    </message>
    <message>
        <source>notice dates</source>
        <translation>хабарламаның күндері</translation>
    </message>
    <message>
        <source>agreement of the other Party</source>
        <translation>екінші Тараптың келісімі</translation>
    </message>
    <message>
        <source>the notice cannot be received before it was written</source>
        <translation>хабарлама жазылған күнінен бұрын алынуы мүмкін емес</translation>
    </message>
    <message>
        <source>one case covers the information of one originator</source>
        <translation>бір іс бір ақпарат көзінің ақпаратын ғана қамтиды</translation>
    </message>
    <message>
        <source>%1 is already under the open marking-change case %2</source>
        <translation>Құпиялылық белгісін өзгерту жөніндегі № %2 ашық іске бұрыннан енгізілген: %1</translation>
    </message>
    <message>
        <source>%1 is already declassified</source>
        <translation>Бұрыннан құпиясыздандырылған: %1</translation>
    </message>
    <message>
        <source>The marking of received information is changed only on its originator&apos;s notice: the notice must come from %1.</source>
        <translation>Алынған ақпараттың құпиялылық белгісі тек оның ақпарат көзінің хабарламасы бойынша өзгертіледі: хабарламаны %1 беруі тиіс.</translation>
    </message>
    <message>
        <source>date found</source>
        <translation>анықталған күні</translation>
    </message>
    <message>
        <source>circumstances</source>
        <translation>мән-жайлар</translation>
    </message>
    <message>
        <source>information concerned</source>
        <translation>қатысты ақпарат</translation>
    </message>
    <message>
        <source>order of the internal investigation</source>
        <translation>қызметтік тергеп-тексеру туралы бұйрық</translation>
    </message>
    <message>
        <source>date of the order</source>
        <translation>бұйрықтың күні</translation>
    </message>
    <message>
        <source>findings of the investigation</source>
        <translation>тергеп-тексеру нәтижелері</translation>
    </message>
    <message>
        <source>name the copies concerned or describe the information in words, with its level</source>
        <translation>қатысты даналарды көрсетіңіз немесе ақпаратты құпиялылық дәрежесімен бірге сөзбен сипаттаңыз</translation>
    </message>
    <message>
        <source>what the Kyrgyz party was told</source>
        <translation>Қырғыз Тарапқа не хабарланды</translation>
    </message>
    <message>
        <source>date the notice was sent</source>
        <translation>хабарлама жіберілген күн</translation>
    </message>
    <message>
        <source>the case does not involve information of the Kyrgyz party</source>
        <translation>факт Қырғыз Тараптың ақпаратына қатысты емес</translation>
    </message>
    <message>
        <source>date of the check</source>
        <translation>тексеру күні</translation>
    </message>
    <message>
        <source>reason for the check</source>
        <translation>тексеру себебі</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>дана</translation>
    </message>
    <message>
        <source>copy number</source>
        <translation>дана нөмірі</translation>
    </message>
    <message>
        <source>description</source>
        <translation>сипаттама</translation>
    </message>
    <message>
        <source>an annual check is made as of 1 January</source>
        <translation>жыл сайынғы тексеру 1 қаңтардағы жағдай бойынша жүргізіледі</translation>
    </message>
    <message>
        <source>at least three members, each of them once</source>
        <translation>кемінде үш мүше, әрқайсысы бір реттен</translation>
    </message>
    <message>
        <source>%1 has no valid clearance covering the carriers of the check</source>
        <translation>%1: тексерілетін жеткізгіштерге сәйкес қолданыстағы рұқсат нысаны жоқ</translation>
    </message>
    <message>
        <source>finish check %1 before starting another</source>
        <translation>жаңа тексеруді бастамас бұрын № %1 тексеруді аяқтаңыз</translation>
    </message>
    <message>
        <source>no carriers to check</source>
        <translation>тексерілетін жеткізгіштер жоқ</translation>
    </message>
    <message>
        <source>%1 is not among the carriers of this check: record it as surplus if it is here</source>
        <translation>осы тексерудің жеткізгіштері арасында %1 жоқ: егер ол осында болса, оны артық шыққан зат ретінде тіркеңіз</translation>
    </message>
    <message>
        <source>%1 copies are neither found nor marked missing: nothing is skipped silently</source>
        <translation>%1 дана табылды деп те, табылмады деп те белгіленбеген: бірде-бір дана назардан тыс қалмауы тиіс</translation>
    </message>
    <message>
        <source>the check is finished</source>
        <translation>тексеру аяқталған</translation>
    </message>
    <message>
        <source>Copy %1 is no longer where a check finds it (%2).</source>
        <translation>%1 данасы енді тексеру табатын жерде емес (%2).</translation>
    </message>
    <message>
        <source>Copy %1 has moved since it was marked missing (now: %2): mark it found or missing again.</source>
        <translation>%1 данасы табылмады деп белгіленгеннен кейін орнын ауыстырды (қазір: %2): оны қайтадан табылды немесе табылмады деп белгілеңіз.</translation>
    </message>
    <message>
        <source>notice date</source>
        <translation>хабарламаның күні</translation>
    </message>
    <message>
        <source>copies to return</source>
        <translation>қайтарылатын даналар</translation>
    </message>
    <message>
        <source>the originator&apos;s confirmation of receipt</source>
        <translation>берген Тараптың алғандығын растауы</translation>
    </message>
    <message>
        <source>Copy %1 cannot be returned: it is not in the safe (%2).</source>
        <translation>%1 данасын қайтару мүмкін емес: ол сейфте жоқ (%2).</translation>
    </message>
    <message>
        <source>a return list holds carriers received from the other Party, from one originator</source>
        <translation>қайтару тізіміне екінші Тараптан алынған және бір ақпарат көзіне тиесілі жеткізгіштер ғана енгізіледі</translation>
    </message>
    <message>
        <source>the return is confirmed already</source>
        <translation>қайтару бұрыннан расталған</translation>
    </message>
    <message>
        <source>write the registration number, a slash and the copy number, e.g. 12с/2026 / 3</source>
        <translation>тіркеу нөмірін, қиғаш сызықты және дана нөмірін жазыңыз, мысалы, 12с/2026 / 3</translation>
    </message>
    <message>
        <source>amount of damage</source>
        <translation>зиянның мөлшері</translation>
    </message>
    <message>
        <source>monthly calculation index</source>
        <translation>айлық есептік көрсеткіш</translation>
    </message>
    <message>
        <source>The amount %1 MCI is outside the range of point 10 for this level: %2.</source>
        <translation>%1 АЕК мөлшері осы дәреже үшін 10-тармақтағы ауқымнан тыс: %2.</translation>
    </message>
    <message>
        <source>no monthly calculation index is in force on %1</source>
        <translation>%1 күні қолданыстағы айлық есептік көрсеткіш жоқ</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>қолданысқа енген күні</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>қатысушы</translation>
    </message>
    <message>
        <source>clearance of the participant</source>
        <translation>қатысушының рұқсаты</translation>
    </message>
    <message>
        <source>%1 has no valid clearance of form %2 or higher, which the information requires</source>
        <translation>%1 ақпарат талап ететін %2-нысаннан төмен емес жарамды рұқсатқа ие емес</translation>
    </message>
    <message>
        <source>an expert commission includes an employee of the protection unit</source>
        <translation>сараптау комиссиясының құрамында қорғау бөлімшесінің қызметкері болуы керек</translation>
    </message>
    <message>
        <source>a commission has one chair, one deputy chair and one secretary</source>
        <translation>комиссияда бір төраға, бір төрағаның орынбасары және бір хатшы болады</translation>
    </message>
    <message>
        <source>%1 does not sign the conclusion</source>
        <translation>%1 қорытындыға қол қоймайды</translation>
    </message>
    <message>
        <source>the commission is fixed once the conclusion is being signed</source>
        <translation>қорытындыға қол қою басталғанда комиссия құрамы өзгертілмейді</translation>
    </message>
    <message>
        <source>only the chair is recorded absent (the deputy chair then signs): %1 signs</source>
        <translation>жоқ деп тек төраға белгіленеді (сонда төрағаның орынбасары қол қояды): %1 қол қояды</translation>
    </message>
    <message>
        <source>the conclusion is signed by the chair (or the deputy chair when the chair is absent) and the secretary: seat them first</source>
        <translation>қорытындыға төраға (ол болмаса — төрағаның орынбасары) және хатшы қол қояды: алдымен оларды комиссияға енгізіңіз</translation>
    </message>
    <message>
        <source>dates of the dossier</source>
        <translation>іс күндері</translation>
    </message>
    <message>
        <source>order creating the expert commission</source>
        <translation>сараптау комиссиясын құру туралы бұйрық</translation>
    </message>
    <message>
        <source>owner of the information source</source>
        <translation>мәліметтер көзінің иесі</translation>
    </message>
    <message>
        <source>loss or disclosure case</source>
        <translation>жария ету немесе жоғалту фактісі</translation>
    </message>
    <message>
        <source>content of the information</source>
        <translation>мәліметтердің мазмұны</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>көрсеткіш</translation>
    </message>
    <message>
        <source>methodology</source>
        <translation>әдістеме</translation>
    </message>
    <message>
        <source>assessment of the Kyrgyz party</source>
        <translation>Қырғыз Тараптың бағалауы</translation>
    </message>
    <message>
        <source>agreement with the body with authority</source>
        <translation>билік өкілеттігі бар органмен келісу</translation>
    </message>
    <message>
        <source>outgoing number of the dispatch</source>
        <translation>жіберудің шығыс нөмірі</translation>
    </message>
    <message>
        <source>other matters</source>
        <translation>өзге де мәселелер</translation>
    </message>
    <message>
        <source>the materials cannot reach the commission before the loss or disclosure was found</source>
        <translation>материалдар жоғалту немесе жария ету анықталғанға дейін комиссияға түсе алмайды</translation>
    </message>
    <message>
        <source>a loss or disclosure is assessed on its case</source>
        <translation>жоғалту немесе жария ету өз фактісі бойынша бағаланады</translation>
    </message>
    <message>
        <source>the head has authority over state secrets: no agreement is needed</source>
        <translation>басшының мемлекеттік құпияларға билік өкілеттігі бар: келісу қажет емес</translation>
    </message>
    <message>
        <source>only the owner&apos;s claim has this step</source>
        <translation>бұл қадам тек иесінің талабында болады</translation>
    </message>
    <message>
        <source>the head who assigned the assessment</source>
        <translation>бағалауды тапсырған басшы</translation>
    </message>
    <message>
        <source>an assessment under a methodology sums the indicators considered: enter them first</source>
        <translation>әдістеме бойынша бағалау ескерілген көрсеткіштерді қосады: алдымен оларды енгізіңіз</translation>
    </message>
    <message>
        <source>the internal investigation has not confirmed the fact yet: record its findings first</source>
        <translation>қызметтік тергеп-тексеру фактіні әлі растаған жоқ: алдымен оның қорытындысын енгізіңіз</translation>
    </message>
    <message>
        <source>the notice to the Kyrgyz party is not recorded: it is due at once</source>
        <translation>Қырғыз Тарапқа хабарлама тіркелмеген: ол дереу жіберілуі тиіс</translation>
    </message>
    <message>
        <source>the owner&apos;s claim is not dispatched (p.14)</source>
        <translation>иесінің талабы жіберілмейді (14-тармақ)</translation>
    </message>
    <message>
        <source>indicators are set once the degree is established and before the assessment</source>
        <translation>көрсеткіштер дәреже айқындалғаннан кейін және бағалауға дейін енгізіледі</translation>
    </message>
    <message>
        <source>files are added until the conclusion is signed</source>
        <translation>файлдар қорытындыға қол қойылғанға дейін қосылады</translation>
    </message>
    <message>
        <source>contract number</source>
        <translation>шарттың нөмірі</translation>
    </message>
    <message>
        <source>date of signing</source>
        <translation>қол қойылған күні</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>қолданылу мерзімі</translation>
    </message>
    <message>
        <source>subject of the contract</source>
        <translation>шарттың мәні</translation>
    </message>
    <message>
        <source>our authorised body</source>
        <translation>біздің уәкілетті орган</translation>
    </message>
    <message>
        <source>authorised body of the Kyrgyz party</source>
        <translation>Қырғыз Тарабының уәкілетті органы</translation>
    </message>
    <message>
        <source>specifics of protection</source>
        <translation>қорғау ерекшеліктері</translation>
    </message>
    <message>
        <source>order of resolving disputes and compensating damage</source>
        <translation>даулы мәселелерді шешу және залалды өтеу тәртібі</translation>
    </message>
    <message>
        <source>list of classified information</source>
        <translation>құпия ақпараттың тізбесі</translation>
    </message>
    <message>
        <source>item of the list</source>
        <translation>тізбенің тармағы</translation>
    </message>
    <message>
        <source>date the contract ended</source>
        <translation>шарттың қолданылуы тоқтатылған күн</translation>
    </message>
    <message>
        <source>why the contract ended</source>
        <translation>шарттың қолданылуын тоқтату себебі</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>тіркеу</translation>
    </message>
    <message>
        <source>the date is before the contract was signed</source>
        <translation>күн шартқа қол қойылған күннен бұрын</translation>
    </message>
    <message>
        <source>the contract has ended: it can no longer be changed</source>
        <translation>шарттың қолданылуы тоқтатылған: оны енді өзгертуге болмайды</translation>
    </message>
    <message>
        <source>give at least one</source>
        <translation>кемінде біреуін көрсетіңіз</translation>
    </message>
    <message>
        <source>Invalid value for %1: too many entries (at most %2)</source>
        <translation>«%1» үшін жарамсыз мән: жазбалар тым көп (ең көбі %2)</translation>
    </message>
    <message>
        <source>written confirmation of the recipient&apos;s clearance and capability</source>
        <translation>алушыда рұқсаттың және қорғау мүмкіндігінің бар екенін жазбаша растау</translation>
    </message>
    <message>
        <source>date of the written confirmation</source>
        <translation>жазбаша растаудың күні</translation>
    </message>
    <message>
        <source>method of transport</source>
        <translation>тасымалдау тәсілі</translation>
    </message>
    <message>
        <source>route</source>
        <translation>тасымалдау бағыты</translation>
    </message>
    <message>
        <source>escort</source>
        <translation>алып жүру</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>тегі</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <source>place of birth</source>
        <translation>туған жері</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>азаматтығы</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>паспорт нөмірі</translation>
    </message>
    <message>
        <source>profession</source>
        <translation>мамандығы</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>келушілер</translation>
    </message>
    <message>
        <source>people to meet</source>
        <translation>кездесу жоспарланған адамдар</translation>
    </message>
    <message>
        <source>proposed date of the visit</source>
        <translation>сапардың ұсынылатын күні</translation>
    </message>
    <message>
        <source>duration of the visit in days</source>
        <translation>сапардың ұзақтығы (күн)</translation>
    </message>
    <message>
        <source>organisations to visit</source>
        <translation>болу жоспарланған ұйымдар</translation>
    </message>
    <message>
        <source>purpose of the visit and questions</source>
        <translation>сапардың мақсаты және талқыланатын мәселелер</translation>
    </message>
    <message>
        <source>direction of the visit</source>
        <translation>сапардың бағыты</translation>
    </message>
    <message>
        <source>impossible date: a visitor is at least 18 and at most 100 years old on the first day of the visit</source>
        <translation>мүмкін емес күн: сапардың бірінші күні келуші кемінде 18, ең көбі 100 жаста болуы тиіс</translation>
    </message>
    <message>
        <source>use 5–30 Latin or Cyrillic letters, digits, spaces or hyphens</source>
        <translation>5–30 латын немесе кирилл әрпін, цифрларды, бос орындарды немесе дефистерді пайдаланыңыз</translation>
    </message>
    <message>
        <source>the same passport number is given twice</source>
        <translation>бір паспорт нөмірі екі рет көрсетілген</translation>
    </message>
    <message>
        <source>the visit must begin after today</source>
        <translation>сапар бүгіннен кейін басталуы тиіс</translation>
    </message>
    <message>
        <source>give a whole number of days from 1 to 365</source>
        <translation>күндер санын 1-ден 365-ке дейінгі бүтін санмен көрсетіңіз</translation>
    </message>
    <message>
        <source>%1 holds a clearance for «%2» only, below the information to be seen (S001 a.10 p.1, a.4 p.2).</source>
        <translation>%1: рұқсат нысаны тек «%2» дәрежесіндегі ақпаратқа беріледі, бұл танысатын ақпараттың дәрежесінен төмен (S001, 10-бап, 1-тармақ, 4-бап, 2-тармақ).</translation>
    </message>
    <message>
        <source>the request&apos;s own marking is set below the secrecy degree it names</source>
        <translation>өтініштің өз құпиялылық белгісі онда көрсетілген құпиялылық дәрежесінен төмен қойылған</translation>
    </message>
    <message>
        <source>reference of the request letter</source>
        <translation>өтініш хатының нөмірі</translation>
    </message>
    <message>
        <source>date the request was sent or received</source>
        <translation>өтініштің жіберілген немесе алынған күні</translation>
    </message>
    <message>
        <source>reason for sending the request late</source>
        <translation>өтінішті кешіктіріп жіберу себебі</translation>
    </message>
    <message>
        <source>reference of the answer</source>
        <translation>жауаптың нөмірі</translation>
    </message>
    <message>
        <source>date of the answer</source>
        <translation>жауаптың күні</translation>
    </message>
    <message>
        <source>reason for cancelling</source>
        <translation>болдырмау себебі</translation>
    </message>
    <message>
        <source>date the visitor was registered</source>
        <translation>келушінің тіркелген күні</translation>
    </message>
    <message>
        <source>registration record of the visitor</source>
        <translation>келушінің тіркеу жазбасы</translation>
    </message>
    <message>
        <source>attendance of the visitors</source>
        <translation>келушілердің келген-келмегені</translation>
    </message>
    <message>
        <source>information shown</source>
        <translation>көрсетілген ақпарат</translation>
    </message>
    <message>
        <source>closing note</source>
        <translation>жабу кезіндегі ескертпе</translation>
    </message>
    <message>
        <source>The request is dated %1 day(s) before the visit; S001 a.10 p.2 requires at least 4 weeks (the last day was %2). Record the reason it is late.</source>
        <translation>Өтініш күні сапардан %1 күн бұрын; S001, 10-бап, 2-тармақ бойынша кемінде 4 апта бұрын болуы тиіс (соңғы күн: %2). Кешігу себебін тіркеңіз.</translation>
    </message>
    <message>
        <source>the date is not before the first day of the visit</source>
        <translation>күн сапардың бірінші күнінен бұрын емес</translation>
    </message>
    <message>
        <source>the date is before the request</source>
        <translation>күн өтініштің күнінен бұрын</translation>
    </message>
    <message>
        <source>the visit has not begun yet</source>
        <translation>сапар әлі басталған жоқ</translation>
    </message>
    <message>
        <source>the date lies outside the days of the visit</source>
        <translation>күн сапар күндерінен тыс</translation>
    </message>
    <message>
        <source>say for every visitor whether they came</source>
        <translation>әрбір келушінің келген-келмегенін көрсетіңіз</translation>
    </message>
    <message>
        <source>nobody came: cancel the visit instead of closing it</source>
        <translation>ешкім келген жоқ: сапарды жабудың орнына «Сапарды болдырмау» әрекетін пайдаланыңыз</translation>
    </message>
    <message>
        <source>«%1» is above the secrecy degree agreed for the visit: it could not be shown</source>
        <translation>«%1» сапар үшін келісілген құпиялылық дәрежесінен жоғары: оны көрсетуге болмайтын еді</translation>
    </message>
    <message>
        <source>when nothing was shown, say so in the closing note</source>
        <translation>ештеңе көрсетілмесе, бұл туралы жабу кезіндегі ескертпеде жазыңыз</translation>
    </message>
    <message>
        <source>its manifest.json is missing</source>
        <translation>оның manifest.json файлы жоқ</translation>
    </message>
    <message>
        <source>its manifest.json is unreadable</source>
        <translation>оның manifest.json файлын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>its manifest.json was changed or belongs to another store (the seal does not match)</source>
        <translation>оның manifest.json файлы өзгертілген немесе басқа мәліметтер базасына тиесілі (мөр сәйкес келмейді)</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation>Резервтік көшірме жасаудан бас тартылды; ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>its store file is damaged (first bad page %1)</source>
        <translation>оның мәліметтер базасы файлы бүлінген (алғашқы бүлінген бет: %1)</translation>
    </message>
    <message>
        <source>the file %1 is missing or differs from the manifest</source>
        <translation>%1 файлы жоқ немесе манифестке сәйкес келмейді</translation>
    </message>
    <message>
        <source>its audit journal is broken at record %1</source>
        <translation>оның оқиғаларды тіркеу журналы %1 нөмірлі жазбада бұзылған</translation>
    </message>
    <message>
        <source>its journal head differs from the manifest</source>
        <translation>оның журналының соңғы жазбасы манифестке сәйкес келмейді</translation>
    </message>
    <message>
        <source>its row counts differ from the manifest</source>
        <translation>оның кестелеріндегі жолдар саны манифестке сәйкес келмейді</translation>
    </message>
    <message>
        <source>it is not a copy of this store&apos;s journal</source>
        <translation>ол осы мәліметтер базасы журналының көшірмесі емес</translation>
    </message>
    <message>
        <source>the folder disappeared (was the medium removed?)</source>
        <translation>қалта жоғалып кетті (тасығыш ажыратылған жоқ па?)</translation>
    </message>
    <message>
        <source>its key file</source>
        <translation>мәліметтер базасының кілт файлы</translation>
    </message>
    <message>
        <source>the workstation&apos;s keyring</source>
        <translation>жұмыс станциясының кілттер қоймасы</translation>
    </message>
    <message>
        <source>The store was replaced by an older copy: its journal ends at record %1, its key file remembers record %2. Inform the auditor.</source>
        <translation>Мәліметтер базасы ескірек көшірмемен ауыстырылған: оның журналы %1 нөмірлі жазбамен аяқталады, ал оның кілт файлында %2 нөмірлі жазба тіркелген. Аудиторға хабарлаңыз.</translation>
    </message>
    <message>
        <source>The store&apos;s journal does not match the one remembered by %3: its record %2 differs (the journal ends at record %1). The store was replaced or its journal was changed. Inform the auditor.</source>
        <translation>Мәліметтер базасының журналы сақталған журналға сәйкес келмейді (сақталған орны: %3): оның %2 нөмірлі жазбасы өзгеше (журнал %1 нөмірлі жазбамен аяқталады). Мәліметтер базасы ауыстырылған немесе оның журналы өзгертілген. Аудиторға хабарлаңыз.</translation>
    </message>
    <message>
        <source>The journal head remembered by %3 is not valid for this store: it was changed, or the store was replaced. Inform the auditor.</source>
        <translation>Журналдың сақталған соңғы жазбасы (сақталған орны: %3) бұл мәліметтер базасы үшін жарамсыз: ол өзгертілген немесе мәліметтер базасы ауыстырылған. Аудиторға хабарлаңыз.</translation>
    </message>
    <message>
        <source>the backup is of another register than the one at %1; choose another file name</source>
        <translation>резервтік көшірме %1 жолындағы тізілімге емес, басқа тізілімге тиесілі; басқа файл атауын таңдаңыз</translation>
    </message>
    <message>
        <source>Administrator (in the backup)</source>
        <translation>Әкімші (резервтік көшірмеде)</translation>
    </message>
    <message>
        <source>its key file is missing or damaged</source>
        <translation>оның кілт файлы жоқ немесе бүлінген</translation>
    </message>
    <message>
        <source>security event</source>
        <translation>ақпараттық қауіпсіздік оқиғасы</translation>
    </message>
    <message>
        <source>The store %1 was made by an older version of Grif and must be upgraded, which cannot be done while it is read-only. Open it once where it can be written.</source>
        <translation>Мәліметтер базасы (%1) Grif-тің ескі нұсқасында жасалған, сондықтан оны жаңарту қажет, ал ол тек оқуға арналған кезде мұны істеу мүмкін емес. Оны жазуға болатын жерде бір рет ашыңыз.</translation>
    </message>
    <message>
        <source>a number or date</source>
        <translation>сан немесе күн</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>it is out of the range the register can hold</source>
        <translation>мән тізілімде сақталатын ауқымнан тыс</translation>
    </message>
    <message>
        <source>The store file %1 cannot be opened. Check that the disk or share holding it is connected and that you may read it.</source>
        <translation>Мәліметтер базасының файлын ашу мүмкін емес: %1. Ол сақталған дискінің немесе желілік ресурстың қосылғанын және сізде оны оқу құқығы бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The store %1 was not closed properly and is read-only here, so its last changes cannot be read. Open it once where it can be written, then try again.</source>
        <translation>Мәліметтер базасы (%1) дұрыс жабылмаған және бұл жерде тек оқуға арналған, сондықтан оның соңғы өзгерістерін оқу мүмкін емес. Оны жазуға болатын жерде бір рет ашып, содан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>the version you used before</source>
        <translation>сіз бұрын пайдаланған</translation>
    </message>
</context>
<context>
    <name>ExecuteDialog</name>
    <message>
        <source>Execute destruction act %1</source>
        <translation>№ %1 жою актісін орындау</translation>
    </message>
    <message>
        <source>%1 copies (%2 sheets) will be marked destroyed in the register under act %3. The chair and one member of the commission confirm with their own passwords.</source>
        <translation>№ %3 акт бойынша %1 дана (%2 парақ) тізілімде жойылған деп белгіленеді. Комиссия төрағасы мен комиссияның бір мүшесі мұны өз құпиясөздерімен растайды.</translation>
    </message>
    <message>
        <source>&amp;Chair&apos;s user name:</source>
        <translation>&amp;Төрағаның пайдаланушы аты:</translation>
    </message>
    <message>
        <source>Chair&apos;s &amp;password:</source>
        <translation>Төрағаның &amp;құпиясөзі:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Мүше:</translation>
    </message>
    <message>
        <source>Member&apos;s pass&amp;word:</source>
        <translation>Мүшенің құпия&amp;сөзі:</translation>
    </message>
    <message>
        <source>Choose the member who confirms</source>
        <translation>Растайтын мүшені таңдаңыз</translation>
    </message>
    <message>
        <source>&amp;Destroy the copies</source>
        <translation>Даналарды &amp;жою</translation>
    </message>
</context>
<context>
    <name>ExpiringTab</name>
    <message>
        <source>Clearances that end within %1 days or have already ended. A negative number of days means the clearance has expired: the person has no access until it is renewed.</source>
        <translation>Қолданылу мерзімі %1 күн ішінде аяқталатын немесе аяқталып қойған рұқсат нысандары. Күндер санының теріс болуы рұқсат нысанының мерзімі өткенін білдіреді: рұқсат нысаны қайта ресімделгенге дейін адамның қол жеткізу құқығы жоқ.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Қолданылу мерзімі</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Қалған күн</translation>
    </message>
    <message>
        <source>No clearance ends within this period.</source>
        <translation>Осы кезеңде мерзімі аяқталатын рұқсат нысандары жоқ.</translation>
    </message>
    <message>
        <source>form %1</source>
        <translation>%1-нысан</translation>
    </message>
    <message>
        <source>The clearance has expired.</source>
        <translation>Рұқсат нысанының мерзімі өткен.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Save the export</source>
        <translation>Экспорт файлын сақтау</translation>
    </message>
    <message>
        <source>Encrypted exports (*.grif)</source>
        <translation>Шифрланған экспорт файлдары (*.grif)</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорттау жүріп жатыр…</translation>
    </message>
    <message>
        <source>Exported to %1; the file is registered as %2.</source>
        <translation>Экспорттау орны: %1; файл %2 нөмірімен тіркелді.</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>CSV-ге экспорттау</translation>
    </message>
    <message>
        <source>The rows shown (with the current filter and sort) are written to an encrypted file and the file is registered as a carrier. Give the passphrase to the recipient by another way than the file.</source>
        <translation>Көрсетілген жолдар (қазіргі сүзгі мен сұрыптау бойынша) шифрланған файлға жазылады, ал файл жеткізгіш ретінде тіркеледі. Құпиясөзді алушыға файлдан бөлек жолмен беріңіз.</translation>
    </message>
    <message>
        <source>&amp;Passphrase (12 characters or more):</source>
        <translation>&amp;Шифрлау құпиясөзі (кемінде 12 таңба):</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation>Құпиясөзді &amp;қайталаңыз:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
</context>
<context>
    <name>FaultWarning</name>
    <message>
        <source>Grif — security warning</source>
        <translation>Grif — қауіпсіздік туралы ескерту</translation>
    </message>
    <message>
        <source>The check at start found a fault in this store.</source>
        <translation>Іске қосу кезіндегі тексеру осы мәліметтер базасынан ақау тапты.</translation>
    </message>
    <message>
        <source>The fault is recorded as a security event. Acknowledge it to confirm you have seen it; then investigate it, and restore the store from a verified backup if it is damaged.</source>
        <translation>Ақау ақпараттық қауіпсіздік оқиғасы ретінде тіркелді. Онымен танысқаныңызды растаңыз; содан кейін оның себебін анықтаңыз, ал мәліметтер базасы бүлінген болса, оны тексерілген резервтік көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Растау</translation>
    </message>
    <message>
        <source>The fault is recorded as a security event. Stop work with this store and inform the auditor. This warning comes back at every start until an administrator or auditor has acknowledged it.</source>
        <translation>Ақау ақпараттық қауіпсіздік оқиғасы ретінде тіркелді. Осы мәліметтер базасымен жұмысты тоқтатып, аудиторға хабарлаңыз. Әкімші немесе аудитор онымен танысқанын растамайынша, бұл ескерту әр іске қосқан сайын қайта шығады.</translation>
    </message>
    <message>
        <source>&amp;I will inform the auditor</source>
        <translation>&amp;Аудиторға хабарлаймын</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>Investigation material</source>
        <translation>Тергеп-тексеру материалы</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Есеп-қисап</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Бұйрық</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Add a file to the dossier</source>
        <translation>Іске файл қосу</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Файлды сақтау</translation>
    </message>
    <message>
        <source>The file %1 could not be read (%2).</source>
        <translation>%1 файлын оқу мүмкін болмады (%2).</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2).</source>
        <translation>%1 файлын жазу мүмкін болмады (%2).</translation>
    </message>
    <message>
        <source>%1 saved to %2. Keep it as the dossier&apos;s material.</source>
        <translation>Файл сақталды: %1 → %2. Оны іс материалы ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>Файлдар &amp;тізімі:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Size, bytes</source>
        <translation>Көлемі, байт</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, қосқан: %2</translation>
    </message>
    <message>
        <source>A&amp;dd file…</source>
        <translation>&amp;Файл қосу…</translation>
    </message>
    <message>
        <source>O&amp;pen file…</source>
        <translation>Файлды &amp;ашу…</translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <source>Findings of the investigation of case %1</source>
        <translation>№ %1 факт бойынша тергеп-тексеру нәтижелері</translation>
    </message>
    <message>
        <source>Investigation ordered by %1. Recording the findings closes the case.</source>
        <translation>Тергеп-тексеру № %1 бұйрықпен тағайындалған. Нәтижелер тіркелгенде факт бойынша іс жабылады.</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Нәтижелері:</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Grif — new register</source>
        <translation>Grif — жаңа тізілім</translation>
    </message>
    <message>
        <source>Creating the register…</source>
        <translation>Тізілім құрылуда…</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Қалпына келтіру парағын сақтау</translation>
    </message>
    <message>
        <source>Saved to %1. Print it, then delete the file.</source>
        <translation>Сақталған орны: %1. Парақты басып шығарыңыз, содан кейін файлды жойыңыз.</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Сіздің ұйымыңыз</translation>
    </message>
    <message>
        <source>These details are printed on acts and conclusions.</source>
        <translation>Бұл деректемелер актілер мен қорытындыларда басып шығарылады.</translation>
    </message>
    <message>
        <source>&amp;Organisation name</source>
        <translation>&amp;Ұйымның атауы</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Мекенжайы</translation>
    </message>
    <message>
        <source>&amp;Protection unit</source>
        <translation>Мемлекеттік құпияларды қорғау &amp;бөлімшесі</translation>
    </message>
    <message>
        <source>Where the register is kept</source>
        <translation>Тізілім сақталатын орын</translation>
    </message>
    <message>
        <source>One encrypted file, with its key file beside it.</source>
        <translation>Бір шифрланған файл және оның жанындағы кілт файлы.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>Keep the register on this workstation&apos;s protected disk; back it up to a registered medium.</source>
        <translation>Тізілімді осы жұмыс станциясының қорғалған дискісінде сақтаңыз; оның резервтік көшірмесін есепке алынған жеткізгішке жасаңыз.</translation>
    </message>
    <message>
        <source>New register file</source>
        <translation>Жаңа тізілім файлы</translation>
    </message>
    <message>
        <source>Grif registers (*.grif)</source>
        <translation>Grif тізілімдері (*.grif)</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>The administrator manages accounts; this role alone gives no access to the register.</source>
        <translation>Әкімші есептік жазбаларды басқарады; бұл рөлдің өзі тізілімге қол жеткізуге мүмкіндік бермейді.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Пайдаланушы аты</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>&amp;Password (12 characters or more)</source>
        <translation>&amp;Құпиясөз (кемінде 12 таңба)</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>Құпиясөзді қайта &amp;енгізу</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Құпиясөздер сәйкес келмейді. Оларды қайта теріңіз.</translation>
    </message>
    <message>
        <source>Workstation binding</source>
        <translation>Жұмыс станциясына байланыстыру</translation>
    </message>
    <message>
        <source>&amp;Bind the register to this workstation</source>
        <translation>Тізілімді осы жұмыс станциясына &amp;байланыстыру</translation>
    </message>
    <message>
        <source>A secret kept in this computer&apos;s keyring is added to every password, so a copied register does not open elsewhere without the recovery code.</source>
        <translation>Осы компьютердің кілттер қоймасында сақталатын құпия мән әрбір құпиясөзге қосылады, сондықтан тізілімнің көшірмесі басқа жерде қалпына келтіру кодынсыз ашылмайды.</translation>
    </message>
    <message>
        <source>This computer has no protected keyring, so the register will not be bound: a copied register opens elsewhere with a password.</source>
        <translation>Бұл компьютерде қорғалған кілттер қоймасы жоқ, сондықтан тізілім байланыстырылмайды: тізілімнің көшірмесі басқа жерде құпиясөзбен ашылады.</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>Қалпына келтіру коды</translation>
    </message>
    <message>
        <source>Write this code down or print its sheet, seal it and keep it in the safe. It is shown only now. Whoever holds it can open the register without a password.</source>
        <translation>Бұл кодты жазып алыңыз немесе оның парағын басып шығарыңыз, мөрлеп, сейфте сақтаңыз. Код тек қазір ғана көрсетіледі. Оны иеленген кез келген адам тізілімді құпиясөзсіз аша алады.</translation>
    </message>
    <message>
        <source>&amp;Save the sheet as PDF for printing…</source>
        <translation>Басып шығару үшін парақты PDF түрінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Жазып алдым</translation>
    </message>
    <message>
        <source>Check the written code</source>
        <translation>Жазылған кодты тексеру</translation>
    </message>
    <message>
        <source>Type the characters of the code at these places, from your note.</source>
        <translation>Жазбаңызға қарап, кодтың осы орындардағы таңбаларын теріңіз.</translation>
    </message>
    <message>
        <source>No. %1:</source>
        <translation>№ %1:</translation>
    </message>
    <message>
        <source>These characters do not match the code. Check your note.</source>
        <translation>Бұл таңбалар кодқа сәйкес келмейді. Жазбаңызды тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>The user guide is not installed with this copy of Grif.</source>
        <translation>Пайдаланушы нұсқаулығы Grif-тің бұл орнатылымымен бірге орнатылмаған.</translation>
    </message>
    <message>
        <source>Grif — user guide</source>
        <translation>Grif — пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>&amp;Guide in</source>
        <translation>Нұсқаулық &amp;тілі</translation>
    </message>
    <message>
        <source>The guide is written in Kazakh and Russian.</source>
        <translation>Нұсқаулық қазақ және орыс тілдерінде жазылған.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose the CSV file</source>
        <translation>CSV файлын таңдау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Файл тексерілуде…</translation>
    </message>
    <message>
        <source>Rows with errors: %1 of %2. Correct the file and choose it again; nothing is imported while any row is wrong.</source>
        <translation>Қатесі бар жолдар: %2 жолдың %1. Файлды түзетіп, қайта таңдаңыз; қате жол тұрғанда ештеңе импортталмайды.</translation>
    </message>
    <message>
        <source>Rows ready to register: %1.</source>
        <translation>Тіркеуге дайын жолдар: %1.</translation>
    </message>
    <message>
        <source>Registering the rows…</source>
        <translation>Жолдар тіркелуде…</translation>
    </message>
    <message>
        <source>Registrations imported: %1 (%2 – %3).</source>
        <translation>Импортталған тіркеулер: %1 (%2 – %3).</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>CSV-ден импорттау</translation>
    </message>
    <message>
        <source>Choose a CSV file of incoming carriers (UTF-8, a header row with the column names).</source>
        <translation>Келіп түскен жеткізгіштердің CSV файлын таңдаңыз (UTF-8, бірінші жолда баған атаулары).</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Файлды &amp;таңдау…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Ақпарат көзі</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Даналар</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
</context>
<context>
    <name>IncidentCopiesModel</name>
    <message>
        <source>Registration</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Дана №</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>State now</source>
        <translation>Қазіргі күйі</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>%1 of %2</source>
        <translation>%2 жылғы № %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>sent on %1: %2</source>
        <translation>жіберілген күні %1: %2</translation>
    </message>
    <message>
        <source>not recorded yet: it is due at once</source>
        <translation>әлі тіркелмеген: дереу жіберілуі тиіс</translation>
    </message>
    <message>
        <source>The breach is investigated under the law of the state where it happened; the amount of damage is assessed under the law of the Party whose information it is.</source>
        <translation>Бұзушылық ол болған мемлекеттің заңнамасы бойынша тексеріледі; зиянның мөлшері ақпараты жария етілген Тараптың заңнамасы бойынша айқындалады.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>№ %1 факт</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 фактісі, № %2: %3</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Found on:</source>
        <translation>Анықталған күні:</translation>
    </message>
    <message>
        <source>Inventory check:</source>
        <translation>Бар-жоғын тексеру:</translation>
    </message>
    <message>
        <source>Circumstances:</source>
        <translation>Мән-жайлары:</translation>
    </message>
    <message>
        <source>Information concerned:</source>
        <translation>Қатысты ақпарат:</translation>
    </message>
    <message>
        <source>Investigation ordered:</source>
        <translation>Тергеп-тексеру туралы бұйрық:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Тергеп-тексеру нәтижелері:</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>Тіркеген:</translation>
    </message>
    <message>
        <source>Notice to the Kyrgyz party:</source>
        <translation>Қырғыз Тарапқа хабарлама:</translation>
    </message>
    <message>
        <source>&amp;Order investigation…</source>
        <translation>Тергеп-тексеруді &amp;тағайындау…</translation>
    </message>
    <message>
        <source>Record &amp;findings…</source>
        <translation>&amp;Нәтижелерін тіркеу…</translation>
    </message>
    <message>
        <source>Record the notice to the &amp;Kyrgyz party…</source>
        <translation>Қырғыз Тарапқа &amp;хабарламаны тіркеу…</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Loss</source>
        <translation>Жоғалту</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Жария ету</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>Тергеп-тексеру жүргізілуде</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылған</translation>
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
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Анықталған күні</translation>
    </message>
    <message>
        <source>Copies or information</source>
        <translation>Даналар немесе ақпарат</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Inventory check</source>
        <translation>Бар-жоғын тексеру</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Loss and disclosure cases</source>
        <translation>Жоғалту, жария ету фактілері</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Кү&amp;йі:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Жаңа факт…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Indicator of damage: dossier %1</source>
        <translation>Зиян көрсеткіші: № %1 іс</translation>
    </message>
    <message>
        <source>Each indicator of p.8 considered: its amount in tenge and why.</source>
        <translation>8-тармақтың ескерілген әрбір көрсеткіші: оның теңгемен сомасы және негіздемесі.</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Көрсеткіш:</translation>
    </message>
    <message>
        <source>&amp;Amount, tenge:</source>
        <translation>&amp;Сомасы, теңге:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Негіздемесі:</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Енгізу</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>Annual check as of 1 January</source>
        <translation>1 қаңтардағы жағдай бойынша жыл сайынғы тексеру</translation>
    </message>
    <message>
        <source>Unscheduled check</source>
        <translation>Жоспардан тыс тексеру</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Жүргізілуде</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Аяқталған</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Inventory checks</source>
        <translation>Бар-жоғын тексеру</translation>
    </message>
    <message>
        <source>&amp;Start a check…</source>
        <translation>&amp;Тексеруді бастау…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>&amp;Print act…</source>
        <translation>Актіні &amp;басып шығару…</translation>
    </message>
</context>
<context>
    <name>InventoryTexts</name>
    <message>
        <source>Found</source>
        <translation>Табылған</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Табылмаған</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Әлі тексерілмеген</translation>
    </message>
    <message>
        <source>Expected: %1 · found: %2 · missing: %3 · not checked: %4 · surplus: %5</source>
        <translation>Күтілетін: %1 · табылған: %2 · табылмаған: %3 · тексерілмеген: %4 · артық: %5</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue a copy</source>
        <translation>Дананы беру</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кімге:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Негіздеме:</translation>
    </message>
    <message>
        <source>People cleared for this level</source>
        <translation>Осы дәрежеге рұқсаты бар адамдар</translation>
    </message>
    <message>
        <source>Order, request or task the copy is issued for</source>
        <translation>Дана берілетін бұйрық, сұрау салу немесе тапсырма</translation>
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
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Си&amp;паттамасы:</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>Дә&amp;режесі:</translation>
    </message>
    <message>
        <source>or Re&amp;gistration No.:</source>
        <translation>немесе т&amp;іркеу нөмірі:</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Таңдаңыз</translation>
    </message>
    <message>
        <source>A registration in the register: its title and level are used</source>
        <translation>Тізілімдегі тіркеу: оның атауы мен құпиялылық дәрежесі пайдаланылады</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Қ&amp;осу</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Алып таст&amp;ау</translation>
    </message>
    <message>
        <source>List of classified information</source>
        <translation>Құпия ақпараттың тізбесі</translation>
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
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Жұмыс станциясы</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Of special importance</source>
        <translation>Аса маңызды</translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation>Өте құпия</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Құпия</translation>
    </message>
</context>
<context>
    <name>LinkRegistrationDialog</name>
    <message>
        <source>Received under contract %1</source>
        <translation>№ %1 шарт бойынша алынған жеткізгіш</translation>
    </message>
    <message>
        <source>Contract %1: %2. Give the registration number of a carrier received from the Kyrgyz party or made jointly with it under this contract.</source>
        <translation>Шарт %1: %2. Осы шарт бойынша Қырғыз Тарабынан алынған немесе онымен бірлесіп жасалған жеткізгіштің тіркеу нөмірін көрсетіңіз.</translation>
    </message>
    <message>
        <source>&amp;Registration No.:</source>
        <translation>&amp;Тіркеу нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Байланыстыру</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Grif is locked</source>
        <translation>Grif бұғатталған</translation>
    </message>
    <message>
        <source>Enter the password of %1 to continue.</source>
        <translation>Жалғастыру үшін пайдаланушының құпиясөзін енгізіңіз: %1.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Бұғаттан &amp;шығару</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Пайдаланушыны ауыстыру…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Grif — log in</source>
        <translation>Grif — жүйеге кіру</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Пайдаланушы аты</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>&amp;Forgot the password…</source>
        <translation>Құпиясөзді &amp;ұмыттым…</translation>
    </message>
    <message>
        <source>The new password is set. Log in with it.</source>
        <translation>Жаңа құпиясөз орнатылды. Сол құпиясөзбен жүйеге кіріңіз.</translation>
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
        <translation>&amp;Бұғаттау</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Пайдаланушыны ауыстыру…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Құпиясөзді өзгерту…</translation>
    </message>
    <message>
        <source>Log out and &amp;quit</source>
        <translation>&amp;Жүйеден шығу және жабу</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Өту</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>Пайдаланушы &amp;нұсқаулығы</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>&amp;About Grif</source>
        <translation>Grif &amp;туралы</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>About Grif</source>
        <translation>Grif туралы</translation>
    </message>
    <message>
        <source>Grif %1 — the register of classified carriers.</source>
        <translation>Grif %1 — құпия ақпаратты жеткізгіштер тізілімі.</translation>
    </message>
</context>
<context>
    <name>MakeCopiesDialog</name>
    <message>
        <source>Registered: %1, copies %2. Write these numbers on the copies.</source>
        <translation>Тіркелді: %1, даналар %2. Осы нөмірлерді даналарға жазыңыз.</translation>
    </message>
    <message>
        <source>Make copies under request %1</source>
        <translation>№ %1 өтінім бойынша даналар жасау</translation>
    </message>
    <message>
        <source>%1: %2
Permission: %3, ref. %4</source>
        <translation>%1: %2
Рұқсат: %3, нөмірі: %4</translation>
    </message>
    <message>
        <source>%1 of %2 authorised</source>
        <translation>%1 (рұқсат етілгені — %2)</translation>
    </message>
    <message>
        <source>Copies left:</source>
        <translation>Қалған дана саны:</translation>
    </message>
    <message>
        <source>&amp;Copies to make now:</source>
        <translation>Қазір жасалатын &amp;дана саны:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Сақталатын &amp;орны:</translation>
    </message>
    <message>
        <source>Where the source&apos;s copies are kept, if left empty</source>
        <translation>Бос қалдырылса — бастапқы құжат даналары сақталатын орын</translation>
    </message>
    <message>
        <source>No copies are left under this permission.</source>
        <translation>Бұл рұқсат бойынша қалған даналар жоқ.</translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <source>Raise the level</source>
        <translation>Құпиялылық дәрежесін жоғарылату</translation>
    </message>
    <message>
        <source>Lower the level</source>
        <translation>Құпиялылық дәрежесін төмендету</translation>
    </message>
    <message>
        <source>Declassify</source>
        <translation>Құпиясыздандыру</translation>
    </message>
    <message>
        <source>Agreement of 4 July 2006, article 6 item 3: 30 days from receipt of the notice</source>
        <translation>2006 жылғы 4 шілдедегі Келісім, 6-бап, 3-тармақ: хабарламаны алған күннен бастап 30 күн</translation>
    </message>
    <message>
        <source>House rule of this organisation for own and domestic information</source>
        <translation>Ұйымның өз және отандық ақпаратқа арналған ішкі ережесі</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылған</translation>
    </message>
    <message>
        <source>Named in the notice</source>
        <translation>Хабарламада аталған</translation>
    </message>
    <message>
        <source>Derived from %1</source>
        <translation>Туындау көзі: %1</translation>
    </message>
    <message>
        <source>Derived from %1; keeps its level</source>
        <translation>Туындау көзі: %1; құпиялылық дәрежесі өзгермейді</translation>
    </message>
</context>
<context>
    <name>MarkingCasesModel</name>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Registrations named</source>
        <translation>Аталған тіркеу нөмірлері</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Ақпарат көзі</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Қалған күн</translation>
    </message>
    <message>
        <source>Copies re-marked</source>
        <translation>Белгісі қайта қойылған даналар</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>closed on %1</source>
        <translation>жабылған күні: %1</translation>
    </message>
</context>
<context>
    <name>MarkingCasesPage</name>
    <message>
        <source>Marking changes</source>
        <translation>Құпиялылық белгісін өзгерту</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Кү&amp;йі:</translation>
    </message>
    <message>
        <source>O&amp;riginator:</source>
        <translation>Ақпарат &amp;көзі:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Мерзімі:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Due within %1 days and overdue</source>
        <translation>Мерзімі %1 күн ішінде жететін және мерзімі өткен</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Жаңа іс…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>&amp;Print act…</source>
        <translation>Актіні &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Marking-change cases</source>
        <translation>Құпиялылық белгісін өзгерту істері</translation>
    </message>
</context>
<context>
    <name>MarkingTexts</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n күн қалды</numerusform>
            <numerusform>%n күн қалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>мерзімі %n күнге өткен</numerusform>
            <numerusform>мерзімі %n күнге өткен</numerusform>
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
        <translation>мерзімі бүгін</translation>
    </message>
    <message>
        <source>%1 — due soon</source>
        <translation>%1 — мерзімі жақын</translation>
    </message>
    <message>
        <source>declassified</source>
        <translation>құпиясыздандырылған</translation>
    </message>
    <message>
        <source>In the safe: the registry re-marks it</source>
        <translation>Сейфте: белгісін тізілімді жүргізетін қызметкер қайта қояды</translation>
    </message>
    <message>
        <source>Issued: the holder re-marks it</source>
        <translation>Берілген: белгісін дананы алған адам қайта қояды</translation>
    </message>
    <message>
        <source>Sent away: the recipient is told and confirms</source>
        <translation>Жіберілген: алушыға хабарланады, алушы растайды</translation>
    </message>
    <message>
        <source>Above the holder&apos;s clearance: bring it back first</source>
        <translation>Дананы алған адамның рұқсат нысанынан жоғары: алдымен дананы қайтарып алыңыз</translation>
    </message>
    <message>
        <source>Marking change %1: %2</source>
        <translation>Құпиялылық белгісін өзгерту (№ %1 іс): %2</translation>
    </message>
</context>
<context>
    <name>MciTab</name>
    <message>
        <source>From %1 the MCI is %2 ₸.</source>
        <translation>%1 бастап АЕК %2 ₸.</translation>
    </message>
    <message>
        <source>The value from %1 is removed.</source>
        <translation>%1 бастап қолданылатын мән алып тасталды.</translation>
    </message>
    <message>
        <source>The monthly calculation index by the date it takes effect. A damage assessment uses the value in force on the day the materials reached the commission, or on the date a court or prosecution order names.</source>
        <translation>Айлық есептік көрсеткіш қолданысқа енген күні бойынша. Зиянды айқындау кезінде материалдар комиссияға түскен күні немесе сот не прокуратура актісінде көрсетілген күні қолданыста болған мән алынады.</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Қолданысқа енген күні</translation>
    </message>
    <message>
        <source>Tenge</source>
        <translation>Теңге</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>&amp;Қолданысқа енген күні:</translation>
    </message>
    <message>
        <source>&amp;Value, tenge:</source>
        <translation>Мә&amp;ні, теңге:</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>%1, copy No. %2: %3</source>
        <translation>%1, дана № %2: %3</translation>
    </message>
</context>
<context>
    <name>MoveKind</name>
    <message>
        <source>Registered</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <source>Issued to a person</source>
        <translation>Адамға берілді</translation>
    </message>
    <message>
        <source>Returned by the person</source>
        <translation>Адам қайтарды</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Жіберілген</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Алғандығы расталған</translation>
    </message>
    <message>
        <source>Marking changed on the copy</source>
        <translation>Данадағы құпиялылық белгісі өзгертілді</translation>
    </message>
    <message>
        <source>Destroyed under an act</source>
        <translation>Акт бойынша жойылды</translation>
    </message>
    <message>
        <source>Return to the originator confirmed</source>
        <translation>Берген Тарапқа қайтару расталды</translation>
    </message>
    <message>
        <source>Found missing</source>
        <translation>Жоғалғаны анықталды</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Rule: %1 (%2)</source>
        <translation>Ереже: %1 (%2)</translation>
    </message>
    <message>
        <source>Deadline: %1 (%2)</source>
        <translation>Мерзімі: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Registrations that keep their level:</source>
        <translation>Құпиялылық дәрежесі өзгермейтін тіркеулер:</translation>
    </message>
    <message>
        <source>New marking-change case</source>
        <translation>Құпиялылық белгісін өзгерту жөніндегі жаңа іс</translation>
    </message>
    <message>
        <source>Notice &amp;issued by:</source>
        <translation>Хабарламаны &amp;берген:</translation>
    </message>
    <message>
        <source>Notice &amp;reference:</source>
        <translation>Хабарламаның &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Notice &amp;date:</source>
        <translation>Хабарламаның &amp;күні:</translation>
    </message>
    <message>
        <source>Date r&amp;eceived:</source>
        <translation>&amp;Алынған күні:</translation>
    </message>
    <message>
        <source>Registrations &amp;named:</source>
        <translation>Аталған &amp;тіркеу нөмірлері:</translation>
    </message>
    <message>
        <source>New &amp;level:</source>
        <translation>Жаңа құпиялылық дә&amp;режесі:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>Ке&amp;лісім:</translation>
    </message>
    <message>
        <source>Agreement da&amp;te:</source>
        <translation>Келісімнің к&amp;үні:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>The originator, or the authorised official for own information</source>
        <translation>Ақпарат көзі немесе өз ақпараты бойынша уәкілетті лауазымды адам</translation>
    </message>
    <message>
        <source>Registration numbers, separated by commas</source>
        <translation>Тіркеу нөмірлері, үтір арқылы</translation>
    </message>
    <message>
        <source>Declassify</source>
        <translation>Құпиясыздандыру</translation>
    </message>
    <message>
        <source>Choose the new level</source>
        <translation>Жаңа құпиялылық дәрежесін таңдаңыз</translation>
    </message>
    <message>
        <source>Jointly created information: the other Party&apos;s agreement</source>
        <translation>Бірлесіп жасалған ақпарат: екінші Тараптың келісімі</translation>
    </message>
    <message>
        <source>&amp;Work out affected copies</source>
        <translation>Қамтылатын &amp;даналарды анықтау</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Дана №</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Қай жерде</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Екінші тұлға</translation>
    </message>
    <message>
        <source>Lowering or removing a marking is confirmed by a second person cleared for the original level, with their own password.</source>
        <translation>Құпиялылық белгісін төмендетуді немесе алып тастауды бастапқы құпиялылық дәрежесіне рұқсаты бар екінші тұлға өз құпиясөзімен растайды.</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Істі ашу</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <source>New loss or disclosure case</source>
        <translation>Жаңа жария ету немесе жоғалту фактісі</translation>
    </message>
    <message>
        <source>Record the fact as soon as it is found. A lost copy is marked lost in the register at once; the internal investigation is ordered and its findings recorded on the case.</source>
        <translation>Фактіні анықталған бойда тіркеңіз. Жоғалған дана тізілімде бірден жоғалған деп белгіленеді; қызметтік тергеп-тексеру тағайындалады және оның нәтижелері осы фактіге тіркеледі.</translation>
    </message>
    <message>
        <source>Registered &amp;copies</source>
        <translation>Тіркелген &amp;даналар</translation>
    </message>
    <message>
        <source>Information &amp;described in words</source>
        <translation>Сөзбен &amp;сипатталған ақпарат</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>Date &amp;found:</source>
        <translation>&amp;Анықталған күні:</translation>
    </message>
    <message>
        <source>C&amp;ircumstances:</source>
        <translation>&amp;Мән-жайлары:</translation>
    </message>
    <message>
        <source>It concerns:</source>
        <translation>Неге қатысты:</translation>
    </message>
    <message>
        <source>Co&amp;pies:</source>
        <translation>Да&amp;налар:</translation>
    </message>
    <message>
        <source>In&amp;formation concerned:</source>
        <translation>Қатысты а&amp;қпарат:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Құпиялылық дә&amp;режесі:</translation>
    </message>
    <message>
        <source>Information of the &amp;Kyrgyz party is involved</source>
        <translation>Қ&amp;ырғыз Тарабының ақпараты қатысты</translation>
    </message>
    <message>
        <source>Registration / copy No., one a line, e.g. 12с/2026 / 3</source>
        <translation>Тіркеу нөмірі / дана №, әр жолға біреуден, мысалы, 12с/2026 / 3</translation>
    </message>
</context>
<context>
    <name>NotYetPage</name>
    <message>
        <source>This section is not available yet in this version of Grif.</source>
        <translation>Бұл бөлім Grif-тің осы нұсқасында әлі жоқ.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>OrderInvestigationDialog</name>
    <message>
        <source>Order the investigation of case %1</source>
        <translation>№ %1 факт бойынша тергеп-тексеру тағайындау</translation>
    </message>
    <message>
        <source>The number and date of the order by which the internal investigation is made.</source>
        <translation>Қызметтік тергеп-тексеру жүргізу туралы бұйрықтың нөмірі мен күні.</translation>
    </message>
    <message>
        <source>&amp;Order No.:</source>
        <translation>&amp;Бұйрық №:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Күні:</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>The organisation&apos;s details were saved.</source>
        <translation>Ұйымның деректемелері сақталды.</translation>
    </message>
</context>
<context>
    <name>OriginatorType</name>
    <message>
        <source>Own organisation</source>
        <translation>Өз ұйымы</translation>
    </message>
    <message>
        <source>Another Kazakh body</source>
        <translation>Басқа қазақстандық орган</translation>
    </message>
    <message>
        <source>The Kyrgyz party</source>
        <translation>Қырғыз Тарабы</translation>
    </message>
    <message>
        <source>Created jointly with the Kyrgyz party</source>
        <translation>Қырғыз Тарабымен бірлесіп жасалған</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Success</source>
        <translation>Сәтті</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Сәтсіз</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Тыйым салынды</translation>
    </message>
</context>
<context>
    <name>OwnerReadDialog</name>
    <message>
        <source>The owner read the conclusion: dossier %1</source>
        <translation>Иесінің қорытындымен танысуы: № %1 іс</translation>
    </message>
    <message>
        <source>%1 read the materials and the conclusion and signed that they did (p.14).</source>
        <translation>Мәліметтер көзінің иесі (%1) материалдармен және қорытындымен қол қоя отырып танысты (14-тармақ).</translation>
    </message>
    <message>
        <source>&amp;Read on:</source>
        <translation>&amp;Танысқан күні:</translation>
    </message>
    <message>
        <source>The owner &amp;attended the commission&apos;s work</source>
        <translation>Иесі комиссия жұмысына &amp;қатысты</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Т&amp;іркеу</translation>
    </message>
</context>
<context>
    <name>PaperSignatureDialog</name>
    <message>
        <source>Signature on the printed conclusion %1</source>
        <translation>Басып шығарылған қорытындыдағы қол: № %1 іс</translation>
    </message>
    <message>
        <source>Choose who signed the printed conclusion by hand.</source>
        <translation>Басып шығарылған қорытындыға қолмен қол қойғандарды таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Signed on paper:</source>
        <translation>Қағазда &amp;қол қойғандар:</translation>
    </message>
    <message>
        <source>&amp;Record the signature</source>
        <translation>Қолды &amp;тіркеу</translation>
    </message>
</context>
<context>
    <name>PaperSignaturesDialog</name>
    <message>
        <source>Signatures on the printed act %1</source>
        <translation>Басып шығарылған № %1 актідегі қолдар</translation>
    </message>
    <message>
        <source>Tick the members of the commission who signed the printed act %1 by hand.</source>
        <translation>Басып шығарылған № %1 актіге қолмен қол қойған комиссия мүшелерін белгілеңіз.</translation>
    </message>
    <message>
        <source>&amp;Signed on paper:</source>
        <translation>Қағазда &amp;қол қойғандар:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Record the signatures</source>
        <translation>Қолдарды &amp;тіркеу</translation>
    </message>
</context>
<context>
    <name>PartyNoticeDialog</name>
    <message>
        <source>Notice to the Kyrgyz party: case %1</source>
        <translation>Қырғыз Тарапқа хабарлама: № %1 факт</translation>
    </message>
    <message>
        <source>The Kyrgyz party is told at once of a breach involving its information: the circumstances, the consequences and the measures taken (Agreement, article 12 item 1).</source>
        <translation>Қырғыз Тарабының ақпаратына қатысты бұзушылық туралы оған дереу хабарланады: мән-жайлары, салдарлары және қабылданған шаралар (Келісім, 12-бап, 1-тармақ).</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Жіберілген күні:</translation>
    </message>
    <message>
        <source>&amp;What it said:</source>
        <translation>Хабарламаның &amp;мазмұны:</translation>
    </message>
    <message>
        <source>Circumstances, consequences, measures taken</source>
        <translation>Мән-жайлары, салдарлары, қабылданған шаралар</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Тіркеу</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Save the printout</source>
        <translation>Басып шығарылған құжатты сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2). Choose another place; the printout is already registered, note its disposal.</source>
        <translation>%1 файлын жазу мүмкін болмады (%2). Басқа орынды таңдаңыз; құжат тіркеліп қойған, оның есептен шығарылғанын белгілеңіз.</translation>
    </message>
    <message>
        <source>Saved to %1. The printout is registered in the register as a carrier; keep it accordingly.</source>
        <translation>Сақталған орны: %1. Басып шығарылған құжат тізілімде жеткізгіш ретінде тіркелді; оны тиісті тәртіппен сақтаңыз.</translation>
    </message>
    <message>
        <source>Print &amp;language:</source>
        <translation>Басып шығару &amp;тілі:</translation>
    </message>
    <message>
        <source>The printout will be registered as a carrier with the highest level of what it contains. You will be asked where to save the PDF.</source>
        <translation>Басып шығарылған құжат ішіндегі ең жоғары құпиялылық дәрежесімен жеткізгіш ретінде тіркеледі. PDF файлын қайда сақтау керектігі сұралады.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Print the register extract</source>
        <translation>Тізілімнен үзіндіні басып шығару</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Confirm receipt</source>
        <translation>Алғандығын растау</translation>
    </message>
    <message>
        <source>&amp;Confirmation:</source>
        <translation>&amp;Растау:</translation>
    </message>
    <message>
        <source>Number and date of the recipient&apos;s confirmation</source>
        <translation>Алушының растау хатының нөмірі мен күні</translation>
    </message>
</context>
<context>
    <name>RecoveryResetDialog</name>
    <message>
        <source>New password with the recovery code</source>
        <translation>Қалпына келтіру коды арқылы жаңа құпиясөз</translation>
    </message>
    <message>
        <source>Use this only when no administrator can log in. The recovery code is on the sheet kept in the safe; its use is recorded in the journal.</source>
        <translation>Мұны бірде-бір әкімші жүйеге кіре алмаған жағдайда ғана пайдаланыңыз. Қалпына келтіру коды сейфте сақталған парақта көрсетілген; оның пайдаланылуы журналға тіркеледі.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>Қалпына келтіру &amp;коды</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>Құпиясөзді қайта &amp;енгізу</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Құпиясөздер сәйкес келмейді. Оларды қайта теріңіз.</translation>
    </message>
</context>
<context>
    <name>RegisterForms</name>
    <message>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Reg. No.</source>
        <translation>Тіркеу №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Дана №</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Парақ саны</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Who has it</source>
        <translation>Кімде</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Сақталатын орны</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Ақпарат көзі</translation>
    </message>
    <message>
        <source>Incoming No. and date</source>
        <translation>Кіріс нөмірі және күні</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 жылғы № %1</translation>
    </message>
    <message>
        <source>Declassified</source>
        <translation>Құпиясыздандырылған</translation>
    </message>
    <message>
        <source>Custodian: %1</source>
        <translation>Жауапты тұлға: %1</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>Кімге берілген: %1</translation>
    </message>
    <message>
        <source>Their reference: %1</source>
        <translation>Берген Тараптың шығыс нөмірі: %1</translation>
    </message>
    <message>
        <source>%1 (this column cannot be sorted)</source>
        <translation>%1 (бұл баған бойынша сұрыптау мүмкін емес)</translation>
    </message>
    <message>
        <source>%1 (click to sort)</source>
        <translation>%1 (сұрыптау үшін басыңыз)</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <source>Words of the title, a registration number, notes (Ctrl+F)</source>
        <translation>Атаудағы сөздер, тіркеу нөмірі, ескертпелер (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Құпиялылық &amp;дәрежесі:</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Барлық дәрежелер</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Кү&amp;йі:</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <source>C&amp;ustodian:</source>
        <translation>&amp;Жауапты тұлға:</translation>
    </message>
    <message>
        <source>All custodians</source>
        <translation>Барлық жауапты тұлғалар</translation>
    </message>
    <message>
        <source>Ori&amp;ginator:</source>
        <translation>&amp;Ақпарат көзі:</translation>
    </message>
    <message>
        <source>All originators</source>
        <translation>Барлық ақпарат көздері</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Д&amp;ейін:</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>кез келген күн</translation>
    </message>
    <message>
        <source>Any start date</source>
        <translation>Кез келген бастапқы күн</translation>
    </message>
    <message>
        <source>Any end date</source>
        <translation>Кез келген соңғы күн</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Тазарту</translation>
    </message>
    <message>
        <source>Show the whole register again</source>
        <translation>Бүкіл тізілімді қайта көрсету</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n дана</numerusform>
            <numerusform>%n дана</numerusform>
        </translation>
    </message>
    <message>
        <source>Register of carriers</source>
        <translation>Құпия ақпаратты жеткізгіштер тізілімі</translation>
    </message>
    <message>
        <source>Register new…</source>
        <translation>Жаңасын тіркеу…</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Беру…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Қайтару…</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>Жіберу…</translation>
    </message>
    <message>
        <source>Confirm receipt…</source>
        <translation>Алғандығын растау…</translation>
    </message>
    <message>
        <source>Card (Enter)</source>
        <translation>Карточка (Enter)</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Бағандар…</translation>
    </message>
    <message>
        <source>Copy registration number</source>
        <translation>Тіркеу нөмірін көшіру</translation>
    </message>
    <message>
        <source>&amp;More…</source>
        <translation>&amp;Тағы…</translation>
    </message>
    <message>
        <source>Print extract…</source>
        <translation>Үзіндіні басып шығару…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV-ге экспорттау…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV-ден импорттау…</translation>
    </message>
    <message>
        <source>Print extract (%1), export CSV (%2), import CSV (%3)</source>
        <translation>Үзіндіні басып шығару (%1), CSV-ге экспорттау (%2), CSV-ден импорттау (%3)</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Register a carrier</source>
        <translation>Жеткізгішті тіркеу</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Жеткізгіш</translation>
    </message>
    <message>
        <source>Derived from (copy, extract, translation)</source>
        <translation>Туындау көзі (көшірме, үзінді, аударма үшін)</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Ақпарат көзі</translation>
    </message>
    <message>
        <source>Incoming and notes</source>
        <translation>Кіріс деректері және ескертпелер</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>Se&amp;rial No.:</source>
        <translation>Сериялық &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>С&amp;ыйымдылығы:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Құпиялылық дә&amp;режесі:</translation>
    </message>
    <message>
        <source>Registration &amp;date:</source>
        <translation>Тіркеу &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Basis of classification:</source>
        <translation>Құпияландыру не&amp;гіздемесі:</translation>
    </message>
    <message>
        <source>Re&amp;view date:</source>
        <translation>Қайта &amp;қарау күні:</translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation>&amp;Парақ саны:</translation>
    </message>
    <message>
        <source>Number of c&amp;opies:</source>
        <translation>&amp;Даналар саны:</translation>
    </message>
    <message>
        <source>Locatio&amp;n:</source>
        <translation>Сақталатын &amp;орны:</translation>
    </message>
    <message>
        <source>Parent reg. No.:</source>
        <translation>Бастапқы құжаттың тіркеу нөмірі:</translation>
    </message>
    <message>
        <source>Derivation:</source>
        <translation>Туынды түрі:</translation>
    </message>
    <message>
        <source>Ori&amp;ginator:</source>
        <translation>Ақпарат кө&amp;зі:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Ұйымның атауы:</translation>
    </message>
    <message>
        <source>Their &amp;marking:</source>
        <translation>Берген Тараптың &amp;белгісі:</translation>
    </message>
    <message>
        <source>Their outgoing No.:</source>
        <translation>Берген Тараптың шығыс №:</translation>
    </message>
    <message>
        <source>Of (date):</source>
        <translation>Шығыс күні:</translation>
    </message>
    <message>
        <source>P&amp;urpose of transfer:</source>
        <translation>Беру кезінде көзделген &amp;мақсат:</translation>
    </message>
    <message>
        <source>Contrac&amp;t:</source>
        <translation>&amp;Шарт:</translation>
    </message>
    <message>
        <source>Under &amp;contract:</source>
        <translation>Шарт бо&amp;йынша:</translation>
    </message>
    <message>
        <source>&amp;Incoming No.:</source>
        <translation>К&amp;іріс нөмірі:</translation>
    </message>
    <message>
        <source>Incoming dat&amp;e:</source>
        <translation>Кіріс к&amp;үні:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <source>Choose the level</source>
        <translation>Құпиялылық дәрежесін таңдаңыз</translation>
    </message>
    <message>
        <source>As written on the carrier</source>
        <translation>Жеткізгіште жазылғандай</translation>
    </message>
    <message>
        <source>Descriptive, non-secret wording</source>
        <translation>Құпия мәліметтерсіз сипаттамалық тұжырым</translation>
    </message>
    <message>
        <source>Item of the list of classified information</source>
        <translation>Құпияландыруға жататын мәліметтер тізбесінің тармағы</translation>
    </message>
    <message>
        <source>It may be used only for this purpose (S001 a.4 p.1.4)</source>
        <translation>Ақпарат тек осы мақсатта пайдаланылады (S001, 4-бап, 1-тармақ, 4) тармақша)</translation>
    </message>
    <message>
        <source>As written, when it is not in the list below</source>
        <translation>Төмендегі тізімде болмаса, құжатта жазылғандай</translation>
    </message>
    <message>
        <source>Not under a contract</source>
        <translation>Шарт бойынша емес</translation>
    </message>
    <message>
        <source>Registration number of the source</source>
        <translation>Бастапқы құжаттың тіркеу нөмірі</translation>
    </message>
    <message>
        <source>For a Kyrgyz carrier the level follows its marking.</source>
        <translation>Қырғыз Тарабынан алынған жеткізгіштің құпиялылық дәрежесі оның құпиялылық белгісіне сәйкес айқындалады.</translation>
    </message>
</context>
<context>
    <name>RequestDetailsDialog</name>
    <message>
        <source>Copy request %1</source>
        <translation>Көбейтуге № %1 өтінім</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>Тіркеу нөмірі:</translation>
    </message>
    <message>
        <source>Originator:</source>
        <translation>Ақпарат көзі:</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Өтініш беруші:</translation>
    </message>
    <message>
        <source>Requested on:</source>
        <translation>Өтінім берілген күн:</translation>
    </message>
    <message>
        <source>Copies asked:</source>
        <translation>Сұралған дана саны:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Көбейту мақсаты:</translation>
    </message>
    <message>
        <source>Third party:</source>
        <translation>Үшінші Тарап:</translation>
    </message>
    <message>
        <source>Originator&apos;s prior written consent:</source>
        <translation>Берген Тараптың алдын ала жазбаша келісімі:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <source>Permission by:</source>
        <translation>Рұқсат түрі:</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>Шешім қабылдаған:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Нөмірі:</translation>
    </message>
    <message>
        <source>Dated:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <source>Copies authorised:</source>
        <translation>Рұқсат етілген дана саны:</translation>
    </message>
    <message>
        <source>Copies made:</source>
        <translation>Жасалған дана саны:</translation>
    </message>
    <message>
        <source>Copy numbers:</source>
        <translation>Дана нөмірлері:</translation>
    </message>
    <message>
        <source>Reason for the refusal:</source>
        <translation>Бас тарту себебі:</translation>
    </message>
    <message>
        <source>Decision recorded by:</source>
        <translation>Шешімді тіркеген:</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Type the registration number of the carrier to be copied.</source>
        <translation>Көбейтілетін жеткізгіштің тіркеу нөмірін теріңіз.</translation>
    </message>
    <message>
        <source>%1: %2
Originator: %3</source>
        <translation>%1: %2
Ақпарат көзі: %3</translation>
    </message>
    <message>
        <source>New copy request</source>
        <translation>Көбейтуге жаңа өтінім</translation>
    </message>
    <message>
        <source>&amp;Registration No.:</source>
        <translation>&amp;Тіркеу нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Copies asked:</source>
        <translation>Сұралатын &amp;дана саны:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>Көбейту &amp;мақсаты:</translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation>Өтініш &amp;беруші:</translation>
    </message>
    <message>
        <source>&amp;Third party:</source>
        <translation>&amp;Үшінші Тарап:</translation>
    </message>
    <message>
        <source>Originator&apos;s prior written c&amp;onsent:</source>
        <translation>Берген Тараптың алдын ала жазбаша &amp;келісімі:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>Why the copies are needed</source>
        <translation>Даналар не үшін қажет</translation>
    </message>
    <message>
        <source>Only if the copies go outside the organisation</source>
        <translation>Даналар ұйымнан тыс жерге берілген жағдайда ғана</translation>
    </message>
    <message>
        <source>Letter No. and date of the consent</source>
        <translation>Келісім хатының нөмірі мен күні</translation>
    </message>
    <message>
        <source>People cleared for this level</source>
        <translation>Осы дәрежеге рұқсаты бар адамдар</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Enable the account %1</source>
        <translation>%1 есептік жазбасын қайта қосу</translation>
    </message>
    <message>
        <source>The account %1 comes back with a new password. Give it to the person in private; they should change it at once.</source>
        <translation>%1 есептік жазбасы жаңа құпиясөзбен қайта қосылады. Құпиясөзді иесіне жеке беріңіз; ол оны дереу өзгертуі тиіс.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Қайта &amp;қосу</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>%1 пайдаланушысының құпиясөзін қайта орнату</translation>
    </message>
    <message>
        <source>The old password of %1 stops working. Give the new one to the person in private; they should change it at once.</source>
        <translation>%1 пайдаланушысының ескі құпиясөзі жарамсыз болады. Жаңасын иесіне жеке беріңіз; ол оны дереу өзгертуі тиіс.</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>Құпиясөзді &amp;орнату</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>Жаңа құпиясөзді қайта &amp;енгізу</translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation>кемінде 12 таңба</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Екі құпиясөз бірдей емес. Оларды қайта теріңіз.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a register from a backup</source>
        <translation>Тізілімді резервтік көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>The backup is checked completely before anything is written. The register it replaces is not deleted: it is kept beside it under a name with &quot;before-restore&quot; and the time. The restore is recorded in the journal of the restored register. Changes made after the backup are not in it.</source>
        <translation>Ештеңе жазылмас бұрын резервтік көшірме толық тексеріледі. Ол ауыстыратын тізілім жойылмайды: ол сол қалтада атауына «before-restore» сөзі мен уақыт қосылып сақталады. Қалпына келтіру қалпына келтірілген тізілімнің журналына тіркеледі. Резервтік көшірме жасалғаннан кейін енгізілген өзгерістер онда болмайды.</translation>
    </message>
    <message>
        <source>The backup is checked completely, then restored into a new register file. Use the recovery code from the safe, or the password an administrator had when the backup was made.</source>
        <translation>Резервтік көшірме толық тексеріледі, содан кейін тізілімнің жаңа файлына қалпына келтіріледі. Сейфте сақталған қалпына келтіру кодын немесе резервтік көшірме жасалған кездегі әкімшінің құпиясөзін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>&amp;Backup folder</source>
        <translation>&amp;Резервтік көшірме қалтасы</translation>
    </message>
    <message>
        <source>Restore &amp;into</source>
        <translation>Қалпына келтірілетін &amp;файл</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Пайдаланушы аты</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>Қалпына келтіру &amp;коды</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>An administrator&apos;s password</source>
        <translation>Әкімшінің құпиясөзі</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>Қалпына келтіру коды</translation>
    </message>
    <message>
        <source>Chec&amp;k the backup</source>
        <translation>Резервтік көшірмені &amp;тексеру</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Қ&amp;алпына келтіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>The backup folder</source>
        <translation>Резервтік көшірме қалтасы</translation>
    </message>
    <message>
        <source>The restored register</source>
        <translation>Қалпына келтірілетін тізілім</translation>
    </message>
    <message>
        <source>Grif registers (*.grif)</source>
        <translation>Grif тізілімдері (*.grif)</translation>
    </message>
    <message>
        <source>Choose the backup folder first.</source>
        <translation>Алдымен резервтік көшірме қалтасын таңдаңыз.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Резервтік көшірме тексерілуде…</translation>
    </message>
    <message>
        <source>The backup is whole. Made %1 by %2 on %3; %4 copies, %5 journal records.</source>
        <translation>Резервтік көшірме бүтін. Жасалған уақыты: %1, жасаған: %2, жұмыс станциясы: %3; %4 дана, журналдың %5 жазбасы.</translation>
    </message>
    <message>
        <source>Choose the file to restore into.</source>
        <translation>Қалпына келтірілетін файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>The register will be closed and replaced by the backup made %1. Continue?</source>
        <translation>Тізілім жабылып, резервтік көшірмемен (жасалған уақыты: %1) ауыстырылады. Жалғастырасыз ба?</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Қалпына келтірілуде…</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return a copy</source>
        <translation>Дананы қайтару</translation>
    </message>
    <message>
        <source>Returned by: %1</source>
        <translation>Қайтарған: %1</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Негіздеме:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
    <message>
        <source>Return carriers to the originator</source>
        <translation>Жеткізгіштерді берген Тарапқа қайтару</translation>
    </message>
    <message>
        <source>On the originator&apos;s written notice, copies received from the Kyrgyz party go back to it, all from one originator, through an allowed channel. They leave the register when the originator confirms the receipt.</source>
        <translation>Берген Тараптың жазбаша хабарламасы бойынша Қырғыз Тарабынан алынған даналар рұқсат етілген арна арқылы оған қайтарылады; бір тізімге бір ақпарат көзінің даналары ғана енгізіледі. Берген Тарап алғандығын растағаннан кейін даналар тізілім есебінен шығарылады.</translation>
    </message>
    <message>
        <source>Notice &amp;reference:</source>
        <translation>Хабарламаның нө&amp;мірі:</translation>
    </message>
    <message>
        <source>Notice &amp;date:</source>
        <translation>Хабарламаның &amp;күні:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Арна:</translation>
    </message>
    <message>
        <source>Co&amp;ver letter No.:</source>
        <translation>&amp;Ілеспе хат №:</translation>
    </message>
    <message>
        <source>Choose the channel</source>
        <translation>Арнаны таңдаңыз</translation>
    </message>
    <message>
        <source>No. of the originator&apos;s notice</source>
        <translation>Берген Тарап хабарламасының нөмірі</translation>
    </message>
    <message>
        <source>&amp;Send back</source>
        <translation>Қайтарып &amp;жіберу</translation>
    </message>
</context>
<context>
    <name>ReturnListsModel</name>
    <message>
        <source>List No.</source>
        <translation>Тізім №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Ақпарат көзі</translation>
    </message>
    <message>
        <source>Originator&apos;s notice</source>
        <translation>Берген Тараптың хабарламасы</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Даналар</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Алғандығы расталған</translation>
    </message>
    <message>
        <source>Sent, awaiting confirmation</source>
        <translation>Жіберілген, растау күтілуде</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>%2 жылғы № %1</translation>
    </message>
</context>
<context>
    <name>ReturnViewDialog</name>
    <message>
        <source>Print the return list</source>
        <translation>Қайтару тізімін басып шығару</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Алғандығы расталған</translation>
    </message>
    <message>
        <source>Reference of %1&apos;s confirmation that they received the copies of return list %2:</source>
        <translation>№ %2 қайтару тізіміндегі даналарды алғандығы туралы растаудың нөмірі мен күні (растаушы: %1):</translation>
    </message>
    <message>
        <source>Return list %1</source>
        <translation>№ %1 қайтару тізімі</translation>
    </message>
    <message>
        <source>Return list No. %1 of %2</source>
        <translation>%2 жылғы № %1 қайтару тізімі</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <source>Originator:</source>
        <translation>Ақпарат көзі:</translation>
    </message>
    <message>
        <source>Originator&apos;s notice:</source>
        <translation>Берген Тараптың хабарламасы:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Арна:</translation>
    </message>
    <message>
        <source>Cover letter No.:</source>
        <translation>Ілеспе хат №:</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Жіберген:</translation>
    </message>
    <message>
        <source>Receipt confirmed:</source>
        <translation>Алғандығы расталды:</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>&amp;Даналар:</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>Their marking</source>
        <translation>Берген Тараптың белгісі</translation>
    </message>
    <message>
        <source>Copy No.</source>
        <translation>Дана №</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Парақ саны</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>&amp;Confirm receipt…</source>
        <translation>Алғандығын &amp;растау…</translation>
    </message>
    <message>
        <source>P&amp;rint return list…</source>
        <translation>Қайтару тізімін &amp;басып шығару…</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Registry clerk</source>
        <translation>Тізілімді жүргізетін қызметкер</translation>
    </message>
    <message>
        <source>Head of the protection unit</source>
        <translation>Мемлекеттік құпияларды қорғау бөлімшесінің басшысы</translation>
    </message>
    <message>
        <source>Head of the organisation</source>
        <translation>Ұйым басшысы</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Аудитор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Access to personal data</source>
        <translation>Дербес деректерге қол жеткізу</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <source>Marking changes</source>
        <translation>Құпиялылық белгісін өзгерту</translation>
    </message>
    <message>
        <source>Copy permissions</source>
        <translation>Көбейтуге рұқсаттар</translation>
    </message>
    <message>
        <source>Destruction and returns</source>
        <translation>Жою және қайтару</translation>
    </message>
    <message>
        <source>Inventory checks</source>
        <translation>Бар-жоғын тексеру</translation>
    </message>
    <message>
        <source>Loss and disclosure cases</source>
        <translation>Жоғалту, жария ету фактілері</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Зиян мөлшерін айқындау</translation>
    </message>
    <message>
        <source>Visits and contracts</source>
        <translation>Сапарлар және шарттар</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Оқиғаларды тіркеу журналы</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Әкімшілендіру</translation>
    </message>
</context>
<context>
    <name>SecurityEvents</name>
    <message>
        <source>the workstation&apos;s keyring</source>
        <translation>жұмыс станциясының кілттер қоймасы</translation>
    </message>
    <message>
        <source>the key file</source>
        <translation>кілт файлы</translation>
    </message>
    <message>
        <source>The store file is cut short: its header says %1 pages, the file holds %2 (pages from %3 on are missing).</source>
        <translation>Мәліметтер базасының файлы қысқартылған: оның тақырыбында %1 бет көрсетілген, ал файлда %2 бет бар (%3-беттен бастап беттер жоқ).</translation>
    </message>
    <message>
        <source>The store file is damaged: pages %1 fail their check.</source>
        <translation>Мәліметтер базасының файлы бүлінген: %1 беттері тексеруден өтпеді.</translation>
    </message>
    <message>
        <source>The store file is damaged: page %1 fails its check.</source>
        <translation>Мәліметтер базасының файлы бүлінген: %1-бет тексеруден өтпеді.</translation>
    </message>
    <message>
        <source>The store file is damaged: a page does not read (%1). The integrity check names the page.</source>
        <translation>Мәліметтер базасының файлы бүлінген: беттердің бірі оқылмайды (%1). Қай бет екенін мәліметтер базасының тұтастығын тексеру көрсетеді.</translation>
    </message>
    <message>
        <source>Journal records before record %1 were removed.</source>
        <translation>Журналдағы %1 нөмірлі жазбаның алдындағы жазбалар алып тасталған.</translation>
    </message>
    <message>
        <source>Journal record %1 is out of order.</source>
        <translation>Журналдағы %1 нөмірлі жазбаның реті бұзылған.</translation>
    </message>
    <message>
        <source>Journal record %1 was changed, inserted or reordered.</source>
        <translation>Журналдағы %1 нөмірлі жазба өзгертілген, қосылған немесе орны ауыстырылған.</translation>
    </message>
    <message>
        <source>The journal head remembered by %1 is not valid for this store.</source>
        <translation>Журналдың сақталған соңғы жазбасы (сақталған орны: %1) бұл мәліметтер базасы үшін жарамсыз.</translation>
    </message>
    <message>
        <source>The journal does not match the one %2 remembers: record %1 differs (the journal ends at record %3). The store was replaced or its journal was changed.</source>
        <translation>Журнал сақталған журналға сәйкес келмейді (сақталған орны: %2): %1 нөмірлі жазба өзгеше (журнал %3 нөмірлі жазбамен аяқталады). Мәліметтер базасы ауыстырылған немесе оның журналы өзгертілген.</translation>
    </message>
    <message>
        <source>The store is an older copy: its journal ends at record %1, %2 remembers record %3.</source>
        <translation>Мәліметтер базасы — ескірек көшірме: оның журналы %1 нөмірлі жазбамен аяқталады, ал сақталған соңғы жазба — %3 нөмірлі (сақталған орны: %2).</translation>
    </message>
    <message>
        <source>%1 failed logins within %2 minutes (%3 – %4); accounts: %5.</source>
        <translation>Жүйеге кірудің сәтсіз әрекеттері: %2 минут ішінде %1 (%3 – %4); есептік жазбалар: %5.</translation>
    </message>
    <message>
        <source>Tries with unknown names: %1.</source>
        <translation>Белгісіз пайдаланушы атымен жасалған әрекеттер: %1.</translation>
    </message>
    <message>
        <source>found when the store was opened</source>
        <translation>мәліметтер базасын ашу кезінде анықталды</translation>
    </message>
    <message>
        <source>found by the integrity check</source>
        <translation>тұтастығын тексеру кезінде анықталды</translation>
    </message>
    <message>
        <source>found while writing</source>
        <translation>жазу кезінде анықталды</translation>
    </message>
    <message>
        <source>found by the check at start</source>
        <translation>іске қосу кезіндегі тексеруде анықталды</translation>
    </message>
    <message>
        <source>counted at login</source>
        <translation>жүйеге кіру кезінде есептелді</translation>
    </message>
    <message>
        <source>[waiting to be written into the journal]</source>
        <translation>[журналға жазылуын күтуде]</translation>
    </message>
    <message>
        <source>[seen by %1]</source>
        <translation>[танысқан: %1]</translation>
    </message>
    <message>
        <source>[not acknowledged] %1</source>
        <translation>[танысу расталмаған] %1</translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message>
        <source>Security event</source>
        <translation>Ақпараттық қауіпсіздік оқиғасы</translation>
    </message>
    <message>
        <source>Acknowledge that you have seen this security event?
%1</source>
        <translation>Осы ақпараттық қауіпсіздік оқиғасымен танысқаныңызды растайсыз ба?
%1</translation>
    </message>
    <message>
        <source>Security events (last 30 days)</source>
        <translation>Ақпараттық қауіпсіздік оқиғалары (соңғы 30 күн)</translation>
    </message>
    <message>
        <source>Double-click an event you have seen to acknowledge it; the acknowledgement is journalled.</source>
        <translation>Танысқаныңызды растау үшін оқиғаны екі рет басыңыз; растау журналға тіркеледі.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>the PDF is not complete</source>
        <translation>PDF файлы толық емес</translation>
    </message>
    <message>
        <source>the PDF carries no embedded font</source>
        <translation>PDF файлына қаріп ендірілмеген</translation>
    </message>
    <message>
        <source>A4, %1 KB, fonts embedded</source>
        <translation>A4, %1 КБ, қаріптер ендірілген</translation>
    </message>
    <message>
        <source>Self-test of the installation</source>
        <translation>Орнатуды өзін-өзі тексеру</translation>
    </message>
    <message>
        <source>Store library</source>
        <translation>Мәліметтер базасының кітапханасы</translation>
    </message>
    <message>
        <source>Cipher and schema</source>
        <translation>Шифрлау және сұлба</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Қаріптер</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Аудармалар</translation>
    </message>
    <message>
        <source>PDF output</source>
        <translation>PDF шығару</translation>
    </message>
    <message>
        <source>Display plugin</source>
        <translation>Экран модулі</translation>
    </message>
    <message>
        <source>Installed files</source>
        <translation>Орнатылған файлдар</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Деректер қалтасы</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Кілттер қоймасы</translation>
    </message>
    <message>
        <source>the %1 translation is missing</source>
        <translation>%1 тіліндегі аударма жоқ</translation>
    </message>
    <message>
        <source>the %1 translation is incomplete</source>
        <translation>%1 тіліндегі аударма толық емес</translation>
    </message>
    <message>
        <source>Qt&apos;s own %1 translation is missing</source>
        <translation>Qt кітапханасының %1 тіліндегі өз аудармасы жоқ</translation>
    </message>
    <message>
        <source>the display plugin %1 is missing</source>
        <translation>%1 экран модулі жоқ</translation>
    </message>
    <message>
        <source>the display plugin cannot load: %1</source>
        <translation>экран модулін жүктеу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>none here: registers cannot be bound to this workstation</source>
        <translation>бұл жерде жоқ: тізілімдерді осы жұмыс станциясына байланыстыру мүмкін емес</translation>
    </message>
    <message>
        <source>a source checkout: no list of installed files</source>
        <translation>бастапқы кодтан іске қосылған: орнатылған файлдар тізімі жоқ</translation>
    </message>
    <message>
        <source>the list of installed files %1 is missing</source>
        <translation>орнатылған файлдар тізімі (%1) жоқ</translation>
    </message>
    <message>
        <source>files differ from the build: %1</source>
        <translation>файлдар жинақталған бумадан өзгеше: %1</translation>
    </message>
    <message>
        <source>files as built: %1</source>
        <translation>жинақталған күйіндегі файлдар: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>bundle: %1</source>
        <translation>орнату бумасы: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ҚАТЕ</translation>
    </message>
    <message>
        <source>Self-test failed: %1 of %2 checks</source>
        <translation>Өзін-өзі тексеру сәтсіз: %2 тексерудің %1-і өтпеді</translation>
    </message>
    <message>
        <source>Self-test passed</source>
        <translation>Өзін-өзі тексеру сәтті өтті</translation>
    </message>
    <message>
        <source>the SQLite library has no cipher (not SQLCipher)</source>
        <translation>SQLite кітапханасында шифрлау жоқ (бұл SQLCipher емес)</translation>
    </message>
    <message>
        <source>full-text search (FTS5) is missing</source>
        <translation>толық мәтіндік іздеу (FTS5) жоқ</translation>
    </message>
    <message>
        <source>the store was written unencrypted</source>
        <translation>мәліметтер базасы шифрланбай жазылды</translation>
    </message>
    <message>
        <source>a wrong key opened the store</source>
        <translation>мәліметтер базасы қате кілтпен ашылды</translation>
    </message>
    <message>
        <source>what was written could not be read back</source>
        <translation>жазылған деректерді қайта оқу мүмкін болмады</translation>
    </message>
    <message>
        <source>encrypted store written and read back, wrong key refused, schema %1</source>
        <translation>шифрланған мәліметтер базасы жазылып, қайта оқылды, қате кілт қабылданбады, сұлба %1</translation>
    </message>
    <message>
        <source>Qt cannot load the font %1</source>
        <translation>Qt %1 қаріп файлын жүктей алмайды</translation>
    </message>
    <message>
        <source>the font lacks the letters %1</source>
        <translation>қаріпте мына әріптер жоқ: %1</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Visit request %1 sent</source>
        <translation>№ %1 сапар туралы өтініш жіберілді</translation>
    </message>
    <message>
        <source>The request went to the coordinating body of the Kyrgyz Republic. The last day to send it in time: %1.</source>
        <translation>Өтініш Қырғыз Республикасының үйлестіруші органына жіберілді. Мерзімінде жіберудің соңғы күні: %1.</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Жіберілген күні:</translation>
    </message>
    <message>
        <source>Visit request %1 received</source>
        <translation>№ %1 сапар туралы өтініш алынды</translation>
    </message>
    <message>
        <source>The request came from the coordinating body of the Kyrgyz party. The last day it was due: %1.</source>
        <translation>Өтініш Қырғыз Тарабының үйлестіруші органынан келді. Оны жіберудің соңғы күні: %1.</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Алынған күні:</translation>
    </message>
    <message>
        <source>Letter &amp;reference:</source>
        <translation>Хаттың &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Why it is &amp;late:</source>
        <translation>&amp;Кешігу себебі:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Тіркеу</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Registration number format</source>
        <translation>Тіркеу нөмірінің пішімі</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Ұйымның атауы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Protection unit</source>
        <translation>Мемлекеттік құпияларды қорғау бөлімшесі</translation>
    </message>
    <message>
        <source>Position of the head</source>
        <translation>Басшының лауазымы</translation>
    </message>
    <message>
        <source>Head&apos;s name (И.О. Фамилия)</source>
        <translation>Басшының аты-жөні (А.Ә. Тегі)</translation>
    </message>
    <message>
        <source>Days to re-mark own and domestic information (house rule)</source>
        <translation>Өз және отандық ақпараттың белгісін қайта қою мерзімі, күн (ішкі ереже)</translation>
    </message>
    <message>
        <source>Idle lock after (minutes)</source>
        <translation>Әрекетсіздіктен кейін бұғаттау (минут)</translation>
    </message>
    <message>
        <source>Default print language</source>
        <translation>Басып шығарудың әдепкі тілі</translation>
    </message>
    <message>
        <source>Registration number prefix</source>
        <translation>Тіркеу нөмірінің префиксі</translation>
    </message>
    <message>
        <source>Suffix for Secret</source>
        <translation>«Құпия» үшін жұрнақ</translation>
    </message>
    <message>
        <source>Suffix for Top secret</source>
        <translation>«Өте құпия» үшін жұрнақ</translation>
    </message>
    <message>
        <source>Suffix for Of special importance</source>
        <translation>«Аса маңызды» үшін жұрнақ</translation>
    </message>
    <message>
        <source>Warn this many days before the last day to send a visit request</source>
        <translation>Сапар туралы өтінішті жіберудің соңғы күніне қанша күн қалғанда ескерту</translation>
    </message>
    <message>
        <source>Remind when the last verified backup is older than (days)</source>
        <translation>Соңғы тексерілген резервтік көшірме осыдан ескі болса, еске салу (күн)</translation>
    </message>
    <message>
        <source>The 30 days of a dossier run from</source>
        <translation>Іс бойынша 30 күн мына күннен есептеледі</translation>
    </message>
    <message>
        <source>Methods of destruction</source>
        <translation>Жою әдістері</translation>
    </message>
    <message>
        <source>Domestic dispatch channels</source>
        <translation>Ел ішінде жіберу арналары</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>Last store opened</source>
        <translation>Соңғы ашылған мәліметтер базасы</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Баптаулар сақталды.</translation>
    </message>
</context>
<context>
    <name>ShownPanel</name>
    <message>
        <source>Information &amp;shown:</source>
        <translation>Көрсетілген &amp;ақпарат:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Re&amp;gistration No.:</source>
        <translation>&amp;Тіркеу нөмірі:</translation>
    </message>
    <message>
        <source>Or &amp;describe it:</source>
        <translation>Немесе &amp;сипаттаңыз:</translation>
    </message>
    <message>
        <source>Add from the &amp;register</source>
        <translation>Тізілімне&amp;н қосу</translation>
    </message>
    <message>
        <source>Add &amp;text</source>
        <translation>&amp;Мәтінді қосу</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Алып таста&amp;у</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign destruction act %1</source>
        <translation>№ %1 жою актісіне қол қою</translation>
    </message>
    <message>
        <source>A member of the commission signs act %1 with their own user name and password.
Not signed yet: %2</source>
        <translation>Комиссия мүшесі № %1 актіге өз пайдаланушы атымен және құпиясөзімен қол қояды.
Әлі қол қоймағандар: %2</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>Қо&amp;л қою</translation>
    </message>
</context>
<context>
    <name>StartCheckDialog</name>
    <message>
        <source>Start an inventory check</source>
        <translation>Бар-жоғын тексеруді бастау</translation>
    </message>
    <message>
        <source>The check lists every copy that should be present, in the safe or issued. The commission ticks off each one it finds; what it cannot find is marked missing and opens a loss case when the check is finished.</source>
        <translation>Тексеру тізіміне сейфте тұрған немесе берілген, болуға тиіс барлық даналар енгізіледі. Комиссия тапқан әр дананы белгілейді; табылмаған даналар табылмады деп белгіленеді және тексеру аяқталғанда олар бойынша жоғалту фактісі тіркеледі.</translation>
    </message>
    <message>
        <source>All custodians</source>
        <translation>Барлық жауапты тұлғалар</translation>
    </message>
    <message>
        <source>&amp;Kind of check:</source>
        <translation>Тексеру түр&amp;і:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Есепті күн:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>C&amp;ustodian:</source>
        <translation>&amp;Жауапты тұлға:</translation>
    </message>
    <message>
        <source>Sa&amp;fe (location):</source>
        <translation>Се&amp;йф (сақтау орны):</translation>
    </message>
    <message>
        <source>&amp;Commission (chair first, at least three):</source>
        <translation>&amp;Комиссия (алдымен төраға, кемінде үш адам):</translation>
    </message>
    <message>
        <source>e.g. change of custodian: order No. and date</source>
        <translation>мысалы, жауапты тұлғаның ауысуы: бұйрықтың нөмірі мен күні</translation>
    </message>
    <message>
        <source>empty: every safe; else the location exactly as in the register</source>
        <translation>бос: барлық сейфтер; әйтпесе тізілімдегідей дәл сақтау орны</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Бастау</translation>
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
        <translation>Grif бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <source>Create a new register for your organisation, or open an existing register file.</source>
        <translation>Ұйымыңыз үшін жаңа тізілім құрыңыз немесе бар тізілім файлын ашыңыз.</translation>
    </message>
    <message>
        <source>&amp;Create a new register…</source>
        <translation>Жаңа тізілім &amp;құру…</translation>
    </message>
    <message>
        <source>&amp;Open an existing register…</source>
        <translation>Бар тізілімді &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Restore a register from a backup…</source>
        <translation>&amp;Резервтік көшірмеден тізілімді қалпына келтіру…</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Тізілімді ашу</translation>
    </message>
    <message>
        <source>Grif registers (*.grif);;All files (*)</source>
        <translation>Grif тізілімдері (*.grif);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Lock in %1</source>
        <translation>Бұғаттауға дейін: %1</translation>
    </message>
    <message>
        <source>No clearance</source>
        <translation>Рұқсат нысаны жоқ</translation>
    </message>
    <message>
        <source>Form %1 until %2</source>
        <translation>%1-нысан, %2 дейін</translation>
    </message>
    <message>
        <source>Form %1 expired %2</source>
        <translation>%1-нысан, мерзімі %2 өткен</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>Байланыстырылған</translation>
    </message>
    <message>
        <source>Unbound</source>
        <translation>Байланыстырылмаған</translation>
    </message>
    <message>
        <source>the disk or share holding it is mounted read-only</source>
        <translation>ол сақталған диск немесе желілік ресурс тек оқуға арналған режимде қосылған</translation>
    </message>
    <message>
        <source>you may not write to the store file or its folder</source>
        <translation>сізде мәліметтер базасының файлына немесе оның қалтасына жазу құқығы жоқ</translation>
    </message>
    <message>
        <source>Read-only store (%1): you can look and search, nothing can be changed or printed, and this session is not recorded in the journal.</source>
        <translation>Мәліметтер базасы тек оқуға арналған (%1): қарауға және іздеуге болады, ештеңені өзгертуге немесе басып шығаруға болмайды, бұл сеанс журналға тіркелмейді.</translation>
    </message>
</context>
<context>
    <name>SurplusDialog</name>
    <message>
        <source>Surplus item of check %1</source>
        <translation>№ %1 тексеру кезінде артық шыққан зат</translation>
    </message>
    <message>
        <source>Something found that the check does not expect. Describe it (what it is, its marking, where it was found) and copy the numbers from its label, if it has any.</source>
        <translation>Тексеру бойынша күтілмеген зат табылды. Оны сипаттаңыз (не екенін, құпиялылық белгісін, қай жерден табылғанын), ал жапсырмасы болса, ондағы нөмірлерді көшіріп жазыңыз.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Сипаттамасы:</translation>
    </message>
    <message>
        <source>&amp;Registration No. on the label:</source>
        <translation>Жапсырмадағы &amp;тіркеу нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Copy No. on the label:</source>
        <translation>Жапсырмадағы &amp;дана №:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>%n copy request(s) wait for your decision</source>
        <translation>
            <numerusform>Шешіміңізді күтетін көбейтуге өтінімдер: %n</numerusform>
            <numerusform>Шешіміңізді күтетін көбейтуге өтінімдер: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since it was found</source>
        <translation>
            <numerusform>анықталғаннан бері %n күн өтті</numerusform>
            <numerusform>анықталғаннан бері %n күн өтті</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-marked copy</source>
        <translation>Белгісі қайта қойылған дана</translation>
    </message>
    <message>
        <source>Have you changed the marking on copy No. %2 of %1 to %3?</source>
        <translation>%1 тіркеуінің № %2 данасындағы белгіні «%3» деп өзгерттіңіз бе?</translation>
    </message>
    <message>
        <source>Case %1 (%2), %3: due %4, %5</source>
        <translation>№ %1 іс (%2), %3: мерзімі — %4, %5</translation>
    </message>
    <message>
        <source>Re-mark copy No. %2 of %1 as %3 (case %4): due %5, %6</source>
        <translation>Белгісін қайта қою: %1, дана № %2 → %3 (№ %4 іс): мерзімі — %5, %6</translation>
    </message>
    <message>
        <source>Request %1 for %2 by %3: copies asked: %4</source>
        <translation>№ %1 өтінім (%2), өтініш беруші: %3, сұралған дана саны: %4</translation>
    </message>
    <message>
        <source>Marking changes: open cases</source>
        <translation>Құпиялылық белгісін өзгерту: ашық істер</translation>
    </message>
    <message>
        <source>Your copies to re-mark (double-click one once it is re-marked)</source>
        <translation>Белгісін қайта қоятын даналарыңыз (белгі қойылғаннан кейін жолды екі рет басыңыз)</translation>
    </message>
    <message>
        <source>Copy requests awaiting your decision</source>
        <translation>Шешіміңізді күтетін көбейтуге өтінімдер</translation>
    </message>
    <message>
        <source>Damage-assessment dossiers: 30-day terms</source>
        <translation>Зиянның мөлшерін айқындау істері: 30 күндік мерзімдер</translation>
    </message>
    <message>
        <source>Notices to the Kyrgyz party not yet recorded</source>
        <translation>Қырғыз Тарапқа жіберілгені әлі тіркелмеген хабарламалар</translation>
    </message>
    <message>
        <source>Visit request %1: send it by %2, %3</source>
        <translation>№ %1 сапар туралы өтініш: жіберу мерзімі — %2, %3</translation>
    </message>
    <message>
        <source>Visit requests: 4 weeks before the visit (S001 a.10 p.2)</source>
        <translation>Сапар туралы өтініштер: сапарға дейін 4 апта (S001, 10-бап, 2-тармақ)</translation>
    </message>
    <message>
        <source>Dossier %1 (%2): due %3, %4</source>
        <translation>№ %1 іс (%2): мерзімі — %3, %4</translation>
    </message>
    <message>
        <source>Case %1 found on %2: tell the Kyrgyz party at once — %3</source>
        <translation>№ %1 факт (анықталған күні %2): Қырғыз Тарапқа дереу хабарлаңыз — %3</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>You hold no clearance: classified information is not shown to you.</source>
        <translation>Сізде рұқсат нысаны жоқ: құпия ақпарат сізге көрсетілмейді.</translation>
    </message>
    <message>
        <source>Your clearance expired on %1. Inform the protection unit.</source>
        <translation>Рұқсат нысаныңыздың қолданылу мерзімі %1 күні аяқталды. Мемлекеттік құпияларды қорғау бөлімшесіне хабарлаңыз.</translation>
    </message>
    <message>
        <source>Your clearance expires on %1. Inform the protection unit.</source>
        <translation>Рұқсат нысаныңыздың қолданылу мерзімі %1 күні аяқталады. Мемлекеттік құпияларды қорғау бөлімшесіне хабарлаңыз.</translation>
    </message>
    <message>
        <source>Your clearance is valid until %1.</source>
        <translation>Рұқсат нысаныңыз %1 дейін жарамды.</translation>
    </message>
    <message>
        <source>This register is bound to this workstation.</source>
        <translation>Бұл тізілім осы жұмыс станциясына байланыстырылған.</translation>
    </message>
    <message>
        <source>This register is not bound to a workstation: a copied store opens anywhere with a password.</source>
        <translation>Бұл тізілім жұмыс станциясына байланыстырылмаған: мәліметтер базасының көшірмесі кез келген жерде құпиясөзбен ашылады.</translation>
    </message>
    <message>
        <source>The keyring could not record the journal head. Unlock the keyring; until then an older copy of the store would go unnoticed.</source>
        <translation>Кілттер қоймасы журналдың соңғы жазбасын тіркей алмады. Кілттер қоймасын бұғаттан шығарыңыз; оған дейін мәліметтер базасының ескірек көшірмесімен ауыстырылғаны байқалмай қалуы мүмкін.</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Бүгін мерзімі жететін іс жоқ.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Жаңа пайдаланушы</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>Пайдаланушыны өңдеу: %1</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Пайдаланушы аты</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Лауазымы</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Бөлімше</translation>
    </message>
    <message>
        <source>Clearance f&amp;orm</source>
        <translation>&amp;Рұқсат нысаны</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Нөмірі</translation>
    </message>
    <message>
        <source>&amp;Issued on</source>
        <translation>Бер&amp;ілген күні</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Қолданылу мерзімі</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Құпия&amp;сөз</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>Құпиясөзді қайта &amp;енгізу</translation>
    </message>
    <message>
        <source>Latin lower-case letters, digits, . _ -</source>
        <translation>кіші латын әріптері, цифрлар, . _ -</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Рөлдер</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Рұқсат нысаны</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Form 1 — Of special importance, top secret, secret</source>
        <translation>1-нысан — Аса маңызды, өте құпия, құпия</translation>
    </message>
    <message>
        <source>Form 2 — Top secret, secret</source>
        <translation>2-нысан — Өте құпия, құпия</translation>
    </message>
    <message>
        <source>Form 3 — Secret</source>
        <translation>3-нысан — Құпия</translation>
    </message>
    <message>
        <source>hidden — leave empty to keep it</source>
        <translation>жасырылған — өзгертпеу үшін бос қалдырыңыз</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Бастапқы құпиясөз</translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation>кемінде 12 таңба</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Құру</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Екі құпиясөз бірдей емес. Оларды қайта теріңіз.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>form %1, No. %2, until %3</source>
        <translation>%1-нысан, № %2, %3 дейін</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Рөлдер</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Рұқсат нысаны</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>New user (Ctrl+N)</source>
        <translation>Жаңа пайдаланушы (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Өң&amp;деу…</translation>
    </message>
    <message>
        <source>Edit the selected user (Enter)</source>
        <translation>Таңдалған пайдаланушыны өңдеу (Enter)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Ө&amp;шіру</translation>
    </message>
    <message>
        <source>E&amp;nable…</source>
        <translation>Қайта қос&amp;у…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Құпиясөзді қайта &amp;орнату…</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Әкімшілендіру</translation>
    </message>
    <message>
        <source>User %1 was added.</source>
        <translation>Пайдаланушы %1 қосылды.</translation>
    </message>
    <message>
        <source>User %1 was saved.</source>
        <translation>Пайдаланушы %1 сақталды.</translation>
    </message>
    <message>
        <source>Disable the account %1 (%2)? Their password stops working at once; the account can be enabled later with a new password.</source>
        <translation>%1 (%2) есептік жазбасын өшіресіз бе? Оның құпиясөзі бірден жарамсыз болады; есептік жазбаны кейін жаңа құпиясөзбен қайта қосуға болады.</translation>
    </message>
    <message>
        <source>User %1 was disabled.</source>
        <translation>Пайдаланушы %1 өшірілді.</translation>
    </message>
    <message>
        <source>User %1 was enabled.</source>
        <translation>Пайдаланушы %1 қайта қосылды.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>%1 пайдаланушысының құпиясөзі қайта орнатылды.</translation>
    </message>
</context>
<context>
    <name>VerifyWatch</name>
    <message>
        <source>Checking the journal: %1 of %2 records…</source>
        <translation>Журнал тексерілуде: %2 жазбаның %1…</translation>
    </message>
    <message>
        <source>Checking the journal head…</source>
        <translation>Журналдың соңғы жазбасы тексерілуде…</translation>
    </message>
    <message>
        <source>Checking the store file…</source>
        <translation>Мәліметтер базасының файлы тексерілуде…</translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation>Тексеруді тоқтату</translation>
    </message>
    <message>
        <source>Store checked at %1: no fault found.</source>
        <translation>Мәліметтер базасы тексерілді (%1): ақау табылған жоқ.</translation>
    </message>
    <message>
        <source>Store checked at %1: FAULT FOUND (acknowledged).</source>
        <translation>Мәліметтер базасы тексерілді (%1): АҚАУ ТАБЫЛДЫ (танысу расталған).</translation>
    </message>
    <message>
        <source>Store checked at %1: FAULT FOUND.</source>
        <translation>Мәліметтер базасы тексерілді (%1): АҚАУ ТАБЫЛДЫ.</translation>
    </message>
    <message>
        <source>The check at start did not finish (%1). It runs again at the next start.</source>
        <translation>Іске қосу кезіндегі тексеру аяқталмады (%1). Ол келесі іске қосу кезінде қайта орындалады.</translation>
    </message>
    <message>
        <source>The check at start was stopped. It runs again at the next start.</source>
        <translation>Іске қосу кезіндегі тексеру тоқтатылды. Ол келесі іске қосу кезінде қайта орындалады.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>The request must be sent by %1, 4 weeks before the visit (S001 a.10 p.2): %2.</source>
        <translation>Өтінішті жіберудің соңғы күні — %1, яғни сапарға дейін 4 апта (S001, 10-бап, 2-тармақ): %2.</translation>
    </message>
    <message>
        <source>Visit request %1: draft</source>
        <translation>№ %1 сапар туралы өтініш: жоба</translation>
    </message>
    <message>
        <source>New visit request</source>
        <translation>Сапар туралы жаңа өтініш</translation>
    </message>
    <message>
        <source>A request for a visit with access to the other Party&apos;s classified information names everything of S001 a.10 p.2. Only people cleared for the information to be seen may visit (a.10 p.1).</source>
        <translation>Екінші Тараптың құпия ақпаратына қол жеткізуді көздейтін сапар туралы өтініште S001, 10-бап, 2-тармақ талап ететін барлық мәліметтер көрсетіледі. Сапарға танысатын ақпаратқа рұқсаты бар адамдар ғана жіберіледі (10-бап, 1-тармақ).</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Бағыты:</translation>
    </message>
    <message>
        <source>Proposed &amp;first day:</source>
        <translation>&amp;Ұсынылатын бірінші күні:</translation>
    </message>
    <message>
        <source>D&amp;uration, days:</source>
        <translation>Ұзақтығы, кү&amp;н:</translation>
    </message>
    <message>
        <source>&amp;Organisations to visit:</source>
        <translation>Болу жоспарланған ұ&amp;йымдар:</translation>
    </message>
    <message>
        <source>&amp;Purpose and questions:</source>
        <translation>&amp;Мақсаты және талқыланатын мәселелер:</translation>
    </message>
    <message>
        <source>&amp;Level of information seen:</source>
        <translation>Танысатын ақпараттың құпиялылық &amp;дәрежесі:</translation>
    </message>
    <message>
        <source>&amp;Marking of the request:</source>
        <translation>Өтініш&amp;тің құпиялылық белгісі:</translation>
    </message>
    <message>
        <source>&amp;Under contract:</source>
        <translation>&amp;Шарт бойынша:</translation>
    </message>
    <message>
        <source>Same as the level of information seen</source>
        <translation>Танысатын ақпараттың дәрежесімен бірдей</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Жобаны &amp;сақтау</translation>
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
            <numerusform>%n күн қалды</numerusform>
            <numerusform>%n күн қалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>мерзімі %n күнге өткен</numerusform>
            <numerusform>мерзімі %n күнге өткен</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>last day today</source>
        <translation>бүгін — соңғы күн</translation>
    </message>
    <message>
        <source>%1 — send soon</source>
        <translation>%1 — тезірек жіберіңіз</translation>
    </message>
    <message>
        <source>Last day to send: %1, %2</source>
        <translation>Жіберудің соңғы күні: %1, %2</translation>
    </message>
    <message>
        <source>Last day to send: %1</source>
        <translation>Жіберудің соңғы күні: %1</translation>
    </message>
    <message>
        <source>Sent late on %1 (the last day was %2) — reason: %3</source>
        <translation>%1 күні кешіктіріліп жіберілді (соңғы күн: %2) — себебі: %3</translation>
    </message>
    <message>
        <source>Sent in time on %1 (the last day was %2)</source>
        <translation>%1 күні мерзімінде жіберілді (соңғы күн: %2)</translation>
    </message>
    <message>
        <source>The request must be sent no later than 4 weeks before the visit (S001 a.10 p.2): the last day was %1, and %2 is %3 day(s) before the visit. Record why it is late.</source>
        <translation>Өтініш сапарға дейін 4 аптадан кешіктірілмей жіберілуі тиіс (S001, 10-бап, 2-тармақ): соңғы күн — %1, ал %2 күні сапарға дейін %3 күн ғана қалады. Кешігу себебін тіркеңіз.</translation>
    </message>
    <message>
        <source>Surname and name</source>
        <translation>Тегі мен аты</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Passport No.</source>
        <translation>Паспорт нөмірі</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Мамандығы</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйымы</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Рұқсат нысаны</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
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
        <translation>Сапар туралы өтінішті басып шығару</translation>
    </message>
    <message>
        <source>Needs the personal-data permission.</source>
        <translation>«Дербес деректерге қол жеткізу» құқығы қажет.</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>%2 жылғы № %1</translation>
    </message>
    <message>
        <source>%1: No. %2 of %3</source>
        <translation>%1: %3 жылғы № %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>came</source>
        <translation>келді</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>келмеді</translation>
    </message>
    <message>
        <source>Visit request %1</source>
        <translation>№ %1 сапар туралы өтініш</translation>
    </message>
    <message>
        <source>Visit request No. %1: %2</source>
        <translation>№ %1 сапар туралы өтініш: %2</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Бағыты:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <source>Proposed dates:</source>
        <translation>Ұсынылатын күндер:</translation>
    </message>
    <message>
        <source>Organisations to visit:</source>
        <translation>Болу жоспарланған ұйымдар:</translation>
    </message>
    <message>
        <source>Purpose and questions:</source>
        <translation>Мақсаты және талқыланатын мәселелер:</translation>
    </message>
    <message>
        <source>Level of information seen:</source>
        <translation>Танысатын ақпараттың құпиялылық дәрежесі:</translation>
    </message>
    <message>
        <source>Marking of the request:</source>
        <translation>Өтініштің құпиялылық белгісі:</translation>
    </message>
    <message>
        <source>Under contract:</source>
        <translation>Шарт бойынша:</translation>
    </message>
    <message>
        <source>4 weeks before the visit:</source>
        <translation>Сапарға дейін 4 апта:</translation>
    </message>
    <message>
        <source>Request letter:</source>
        <translation>Өтініш хаты:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Жауап:</translation>
    </message>
    <message>
        <source>Closed or cancelled:</source>
        <translation>Жабу немесе болдырмау:</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Дайындаған:</translation>
    </message>
    <message>
        <source>&amp;Visitors:</source>
        <translation>&amp;Келушілер:</translation>
    </message>
    <message>
        <source>People to &amp;meet:</source>
        <translation>Кездесу жоспарланған &amp;адамдар:</translation>
    </message>
    <message>
        <source>Information &amp;shown:</source>
        <translation>Көрсетілген ақ&amp;парат:</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Келді</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Registration record</source>
        <translation>Тіркеу жазбасы</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Mark &amp;sent…</source>
        <translation>Жіберілді деп &amp;белгілеу…</translation>
    </message>
    <message>
        <source>Mark &amp;received…</source>
        <translation>Алынды деп &amp;белгілеу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Өң&amp;деу…</translation>
    </message>
    <message>
        <source>Record the &amp;answer…</source>
        <translation>Жауапты &amp;тіркеу…</translation>
    </message>
    <message>
        <source>C&amp;lose the visit…</source>
        <translation>Сапарды жаб&amp;у…</translation>
    </message>
    <message>
        <source>&amp;Cancel the visit…</source>
        <translation>Сапарды б&amp;олдырмау…</translation>
    </message>
    <message>
        <source>Show &amp;personal data</source>
        <translation>Дербес дер&amp;ектерді көрсету</translation>
    </message>
    <message>
        <source>P&amp;rint request…</source>
        <translation>Өтінішті басып &amp;шығару…</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>Visitor</source>
        <translation>Келуші</translation>
    </message>
    <message>
        <source>Every field is required (S001 a.10 p.2). The date and place of birth and the passport number are personal data: only people with the personal-data permission see them once the request is saved.</source>
        <translation>Барлық өрісті толтыру міндетті (S001, 10-бап, 2-тармақ). Туған күні мен жері және паспорт нөмірі — дербес деректер: өтініш сақталғаннан кейін оларды тек «Дербес деректерге қол жеткізу» құқығы бар адамдар ғана көреді.</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Туған &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Place of birth:</source>
        <translation>Туған &amp;жері:</translation>
    </message>
    <message>
        <source>C&amp;itizenship:</source>
        <translation>А&amp;заматтығы:</translation>
    </message>
    <message>
        <source>Pass&amp;port No.:</source>
        <translation>&amp;Паспорт нөмірі:</translation>
    </message>
    <message>
        <source>P&amp;rofession:</source>
        <translation>&amp;Мамандығы:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Ұйымы:</translation>
    </message>
    <message>
        <source>&amp;Clearance:</source>
        <translation>&amp;Рұқсат нысаны:</translation>
    </message>
</context>
<context>
    <name>VisitorsPanel</name>
    <message>
        <source>&amp;Visitors:</source>
        <translation>&amp;Келушілер:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ө&amp;ңдеу…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Алып таста&amp;у</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Our representatives to the Kyrgyz Republic</source>
        <translation>Біздің өкілдердің Қырғыз Республикасына сапары</translation>
    </message>
    <message>
        <source>Representatives of the Kyrgyz party to us</source>
        <translation>Қырғыз Тарабы өкілдерінің бізге сапары</translation>
    </message>
    <message>
        <source>Office of the Prime Minister of the Republic of Kazakhstan</source>
        <translation>Қазақстан Республикасы Премьер-Министрінің Кеңсесі</translation>
    </message>
    <message>
        <source>National Security Service of the Kyrgyz Republic</source>
        <translation>Қырғыз Республикасының Ұлттық қауіпсіздік қызметі</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Request sent / received</source>
        <translation>Өтініш жіберілді / алынды</translation>
    </message>
    <message>
        <source>Visit agreed</source>
        <translation>Сапар келісілді</translation>
    </message>
    <message>
        <source>Visit refused</source>
        <translation>Сапар келісілмеді</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
</context>
<context>
    <name>VisitsAndContractsPage</name>
    <message>
        <source>Visits and contracts</source>
        <translation>Сапарлар және шарттар</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Сапарлар</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Шарттар</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>Request</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Proposed dates</source>
        <translation>Ұсынылатын күндер</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Келушілер</translation>
    </message>
    <message>
        <source>Days left to send</source>
        <translation>Жіберуге қалған күн</translation>
    </message>
    <message>
        <source>sent late</source>
        <translation>кешіктіріліп жіберілді</translation>
    </message>
</context>
<context>
    <name>VisitsSection</name>
    <message>
        <source>Visit request %1 is prepared as a draft. %2</source>
        <translation>№ %1 сапар туралы өтініш жоба ретінде дайындалды. %2</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Кү&amp;йі:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Аяқталмағандар</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Жаңа өтініш…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>Visit requests</source>
        <translation>Сапар туралы өтініштер</translation>
    </message>
</context>
</TS>
