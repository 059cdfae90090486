<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AccountActions</name>
    <message>
        <location filename="../../ui/accounts/actions.py" line="99"/>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/actions.py" line="102"/>
        <source>Change my &amp;password...</source>
        <translation>Құпиясөзімді &amp;өзгерту...</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/actions.py" line="111"/>
        <source>&amp;Users...</source>
        <translation>&amp;Пайдаланушылар...</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/actions.py" line="114"/>
        <source>&amp;Idle lock...</source>
        <translation>Күту кезіндегі құлып &amp;уақыты...</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/actions.py" line="121"/>
        <source>{login} ({role})</source>
        <translation>{login} ({role})</translation>
    </message>
</context>
<context>
    <name>ActivitySection</name>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="55"/>
        <source>Sphere of activity</source>
        <extracomment>The sector an object type&apos;s note names (&quot;sector=education&quot;) -&gt; its activity sphere.</extracomment>
        <translation>Қызмет саласы</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="57"/>
        <source>Services provided</source>
        <translation>Көрсетілетін қызметтер</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="59"/>
        <source>Forms of service</source>
        <translation>Қызмет көрсету нысандары</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="61"/>
        <source>Age groups served</source>
        <translation>Қызмет көрсетілетін жас топтары</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="63"/>
        <source>Disability categories served</source>
        <translation>Қызмет көрсетілетін мүгедектік санаттары</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="65"/>
        <source>Capacity</source>
        <translation>Өткізу қабілеті</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="67"/>
        <source>Capacity measured as</source>
        <translation>Өткізу қабілетінің түрі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="75"/>
        <source>Takes part in individual rehabilitation programmes</source>
        <translation>Жеке оңалту бағдарламаларына қатысады</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="77"/>
        <source>&amp;Sphere of activity:</source>
        <translation>Қызмет &amp;саласы:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="78"/>
        <source>Ser&amp;vices provided:</source>
        <translation>Көрсетілетін қ&amp;ызметтер:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="79"/>
        <source>Forms of service:</source>
        <translation>Қызмет көрсету нысандары:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="80"/>
        <source>Age groups served:</source>
        <translation>Қызмет көрсетілетін жас топтары:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="81"/>
        <source>Disability categories served:</source>
        <translation>Қызмет көрсетілетін мүгедектік санаттары:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="82"/>
        <source>Ca&amp;pacity:</source>
        <translation>&amp;Өткізу қабілеті:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="83"/>
        <source>Individual &amp;rehabilitation programmes:</source>
        <translation>Жеке &amp;оңалту бағдарламалары:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="93"/>
        <source>&amp;2 Activity</source>
        <translation>&amp;2 Қызмет</translation>
    </message>
</context>
<context>
    <name>AdaptationDialog</name>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="69"/>
        <source>Adaptation done</source>
        <translation>Бейімдеу орындалды</translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="75"/>
        <source>Passport version {version} of {date}</source>
        <translation>Паспорттың {version}-нұсқасы, {date}</translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="77"/>
        <source>(no date)</source>
        <translation>(күні жоқ)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="81"/>
        <source>Requires adaptation: yes</source>
        <translation>Бейімдеуді талап етеді: иә</translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="83"/>
        <source>Requires adaptation: no</source>
        <translation>Бейімдеуді талап етеді: жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="94"/>
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="99"/>
        <source>Optional: how the service is given meanwhile (home visit, online...)</source>
        <translation>Міндетті емес: осы уақытта қызмет қалай көрсетіледі (үйге барып, онлайн...)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="112"/>
        <source>&amp;Completed on:</source>
        <extracomment>Field name -&gt; its inline message label.</extracomment>
        <translation>&amp;Орындалған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="113"/>
        <source>C&amp;ost, tenge:</source>
        <translation>Құн&amp;ы, теңге:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="114"/>
        <source>&amp;Alternative form of service:</source>
        <translation>Қызмет көрсетудің &amp;балама нысаны:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="150"/>
        <source>The commission found that this object needs no adaptation, so there is nothing to record. If that was a mistake, correct the passport first.</source>
        <translation>Комиссия бұл нысан бейімдеуді қажет етпейді деп тапты, сондықтан тіркейтін ештеңе жоқ. Егер бұл қате болса, алдымен паспортты түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="160"/>
        <source>Adaptation already recorded on {date}; saving corrects it.</source>
        <translation>Бейімдеу {date} күнімен тіркеліп қойған; сақтасаңыз, жазба түзетіледі.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="210"/>
        <source>The passport itself has problems; correct it first:</source>
        <translation>Паспорттың өзінде қателер бар; алдымен оны түзетіңіз:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="253"/>
        <source>The adaptation could not be saved: the store refused the change. Your entries are still here; try again, or ask your administrator.</source>
        <translation>Бейімдеу сақталмады: дерекқор өзгерісті қабылдамады. Енгізгендеріңіз осында сақталып тұр; қайталап көріңіз немесе әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="269"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="269"/>
        <source>Discard the adaptation details you entered?</source>
        <translation>Енгізілген бейімдеу мәліметтерінен бас тартасыз ба?</translation>
    </message>
</context>
<context>
    <name>AddRuleDialog</name>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="379"/>
        <source>Add norm rule</source>
        <translation>Нормативтік ереже қосу</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="416"/>
        <source>Residential buildings only</source>
        <translation>Тек тұрғын үйлер үшін</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="421"/>
        <source>&amp;Code:</source>
        <translation>&amp;Коды:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="423"/>
        <source>Name in &amp;Kazakh:</source>
        <translation>Қазақша &amp;атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="424"/>
        <source>Name in &amp;Russian:</source>
        <translation>Орысша атау&amp;ы:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="425"/>
        <source>Name in &amp;English:</source>
        <translation>А&amp;ғылшынша атауы (ағ.):</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="428"/>
        <source>Zones:</source>
        <translation>Аймақтар:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="429"/>
        <source>E&amp;lement:</source>
        <translation>&amp;Элемент:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="430"/>
        <source>&amp;Measured:</source>
        <translation>&amp;Не өлшенеді:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="434"/>
        <source>&amp;Norm, unit:</source>
        <translation>Н&amp;орма, өлшем бірлігі:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="439"/>
        <source>&amp;Possible values:</source>
        <translation>&amp;Мүмкін мәндер:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="440"/>
        <source>&amp;Document:</source>
        <translation>&amp;Құжат:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="441"/>
        <source>Cla&amp;use:</source>
        <translation>&amp;Тармақ:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="442"/>
        <source>Categories:</source>
        <translation>Санаттар:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="443"/>
        <source>&amp;Severity:</source>
        <translation>Ма&amp;ңыздылығы:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="446"/>
        <source>C&amp;ondition in Kazakh:</source>
        <translation>Қазақша &amp;шарты:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="447"/>
        <source>Condition in Russ&amp;ian:</source>
        <translation>Орысша ша&amp;рты:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="448"/>
        <source>Condition in En&amp;glish:</source>
        <translation>Ағы&amp;лшынша шарты:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="466"/>
        <source>any element of the zones</source>
        <translation>аймақтардың кез келген элементі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="484"/>
        <source>Enter the norm and the possible values.</source>
        <translation>Норманы және мүмкін мәндерді енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="66"/>
        <source>Add a user</source>
        <translation>Пайдаланушы қосу</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="70"/>
        <source>Give the new user this first password in person: they must choose their own at their first login.</source>
        <translation>Бұл алғашқы құпиясөзді жаңа пайдаланушыға жеке өзіне беріңіз: ол бірінші кірген кезде өз құпиясөзін таңдауы тиіс.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="83"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="84"/>
        <source>&amp;Name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="85"/>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="88"/>
        <source>First &amp;password:</source>
        <translation>Алғашқы &amp;құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="89"/>
        <source>&amp;Repeat the password:</source>
        <translation>Құпиясөзді &amp;тағы бір рет:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="95"/>
        <source>&amp;Add</source>
        <translation>Қ&amp;осу</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="102"/>
        <source>Type the new user&apos;s login.</source>
        <translation>Жаңа пайдаланушының логинін енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>AnnexEditor</name>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="188"/>
        <source>&amp;Zone:</source>
        <extracomment>The column of each field of an element row (issue field ``element.&lt;i&gt;.&lt;field&gt;``). Widths of the fixed columns, px: the table fits the form&apos;s page of a 1000 px window with room left for the violations and the work note, which share the rest. The headers of the narrow columns are short (their full names are tooltips): &quot;Жоспардағы №&quot; was cut to &quot;Жос...&quot;. The active ``zone_elements`` in list order, code -&gt; label. Every ``zone_elements`` code -&gt; its zone (&quot;&quot; any zone), retired codes too. Rows of a zone Qoldau does not know (an import&apos;s): kept, and refused by the rules.</extracomment>
        <translation>&amp;Аймақ:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="190"/>
        <source>Zone of the annex</source>
        <translation>Қосымшаның аймағы</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="198"/>
        <source>Add &amp;typical elements</source>
        <translation>&amp;Типтік элементтерді қосу</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="200"/>
        <source>Add the zone&apos;s typical elements not listed yet, presence not recorded</source>
        <translation>Аймақтың тізімде әлі жоқ типтік элементтерін бар-жоғын белгілемей қосу</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="203"/>
        <source>Add &amp;element</source>
        <translation>&amp;Элемент қосу</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="204"/>
        <source>Add an element (Insert)</source>
        <translation>Элемент қосу (Insert)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="215"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="508"/>
        <source>Element</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="216"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="513"/>
        <source>Present</source>
        <translation>Бар ма</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="217"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="521"/>
        <source>Plan No.</source>
        <translation>Жоспардағы №</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="217"/>
        <source>Plan</source>
        <translation>Жосп.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="218"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="524"/>
        <source>Photo No.</source>
        <translation>Фото №</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="218"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="219"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="526"/>
        <source>Violations</source>
        <translation>Бұзушылықтар</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="220"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="528"/>
        <source>Norm rule broken</source>
        <translation>Бұзылған норма</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="222"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="534"/>
        <source>Recommended work</source>
        <translation>Ұсынылатын жұмыс</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="222"/>
        <source>Work</source>
        <translation>Жұмыс</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="223"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="540"/>
        <source>Work note</source>
        <translation>Жұмыс сипаттамасы</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="223"/>
        <source>Note</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="226"/>
        <source>Elements of the zone</source>
        <translation>Аймақтың элементтері</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="228"/>
        <source>Insert adds an element, Delete removes the current one (not while typing).</source>
        <translation>Insert элемент қосады, Delete ағымдағы элементті жояды (мәтін терген кезде емес).</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="263"/>
        <source>Zone conclusion</source>
        <translation>Аймақ бойынша қорытынды</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="268"/>
        <source>Suggested conclusion</source>
        <translation>Ұсынылған қорытынды</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="272"/>
        <source>Commission&apos;s conclusion on the zone</source>
        <translation>Комиссияның аймақ бойынша қорытындысы</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="274"/>
        <source>&amp;Use suggestion</source>
        <translation>Ұсынысты &amp;пайдалану</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="275"/>
        <source>Copy the suggested conclusion to the commission&apos;s</source>
        <translation>Ұсынылған қорытындыны комиссияның қорытындысына көшіру</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="280"/>
        <source>Suggested:</source>
        <translation>Ұсыныс:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="281"/>
        <source>Commission&apos;s &amp;conclusion:</source>
        <translation>Комиссияның &amp;қорытындысы:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="292"/>
        <source>Zone &amp;annexes</source>
        <translation>А&amp;ймақтар қосымшалары</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="452"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="454"/>
        <source>Remove the element</source>
        <translation>Элементті жою</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="453"/>
        <source>Remove “{element}” and what is written in its row?</source>
        <translation>«{element}» және оның жолында жазылғанның бәрі жойылсын ба?</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="455"/>
        <source>Keep it</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="515"/>
        <source>Yes</source>
        <translation>Бар</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="516"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="517"/>
        <source>Not recorded</source>
        <translation>Белгіленбеген</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="221"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="531"/>
        <source>Categories affected</source>
        <translation>Бұзушылық әсер ететін санаттар</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="220"/>
        <source>Norm</source>
        <translation>Норма</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="221"/>
        <source>Cat.</source>
        <translation>Сан.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="630"/>
        <source>Nothing recorded in this zone yet.</source>
        <translation>Бұл аймақ бойынша әлі ештеңе жазылмаған.</translation>
    </message>
</context>
<context>
    <name>ApprovePeriodDialog</name>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="94"/>
        <source>Approve period</source>
        <translation>Кезеңді бекіту</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="99"/>
        <source>Sub-offices still missing</source>
        <translation>Әлі жоқ бағынысты мекемелер</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="108"/>
        <source>Approve and &amp;lock</source>
        <translation>Бекітіп, &amp;құлыптау</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="138"/>
        <source>Approving locks the period: the figures of {code} can no longer change until a supervisor reopens it with a reason. Packages exported from now on are approved, not drafts.</source>
        <translation>Бекіту кезеңді құлыптайды: супервайзер оны себебін көрсетіп қайта ашпайынша, {code} көрсеткіштері енді өзгермейді. Бұдан кейін экспортталған пакеттер жоба емес, бекітілген болады.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="155"/>
        <source>Every expected sub-office&apos;s package is consolidated.</source>
        <translation>Күтілетін барлық бағынысты мекемелердің пакеттері жиынтыққа енгізілген.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="160"/>
        <source>These sub-offices have no consolidated package for {code}. Receive their packages first, or name them as missing: they are then listed on the Cover and in the manifest.</source>
        <translation>Бұл бағынысты мекемелердің {code} кезеңіне жиынтыққа енгізілген пакеті жоқ. Алдымен олардың пакеттерін қабылдаңыз немесе оларды жоқ деп көрсетіңіз: сонда олар мұқаба парағында және манифестте аталады.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="169"/>
        <source>{name}: name as missing</source>
        <translation>{name}: жоқ деп көрсету</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="30"/>
        <source>Sa&amp;fety:</source>
        <translation>Қа&amp;уіпсіздік:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="26"/>
        <source>&amp;Health:</source>
        <translation>&amp;Денсаулық:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="25"/>
        <source>&amp;Social protection:</source>
        <translation>Әлеуметтік &amp;қорғау:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="27"/>
        <source>Ed&amp;ucation:</source>
        <translation>&amp;Білім:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="28"/>
        <source>Em&amp;ployment:</source>
        <translation>&amp;Жұмыспен қамту:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="29"/>
        <source>H&amp;ousing:</source>
        <translation>&amp;Тұрғын үй:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="32"/>
        <source>&amp;Income:</source>
        <translation>Табы&amp;с:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="33"/>
        <source>&amp;Parenting:</source>
        <translation>&amp;Ата-ана тәрбиесі:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="52"/>
        <source>Assessment &amp;date:</source>
        <translation>Бағалау &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="58"/>
        <source>not assessed</source>
        <translation>бағаланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="59"/>
        <source>1 no need ... 5 critical need</source>
        <translation>1 — қажеттілік жоқ ... 5 — аса шұғыл қажеттілік</translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="62"/>
        <source>Ins&amp;truments:</source>
        <translation>Қолданылған құ&amp;ралдар:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="63"/>
        <source>Su&amp;mmary:</source>
        <translation>Қ&amp;орытынды:</translation>
    </message>
</context>
<context>
    <name>AutoBackups</name>
    <message>
        <location filename="../../ui/backups/auto.py" line="108"/>
        <source>Daily backup saved: {path}</source>
        <extracomment>How often the daily backup is checked while the application runs. The first check waits this long after start-up, so the window paints first. How long a status bar message about an automatic backup stays.</extracomment>
        <translation>Күнделікті сақтық көшірме сақталды: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/auto.py" line="114"/>
        <source>The daily backup failed: {reason}</source>
        <translation>Күнделікті сақтық көшірме жасалмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/auto.py" line="143"/>
        <source>Making a backup before closing...</source>
        <translation>Жабу алдында сақтық көшірме жасалуда...</translation>
    </message>
    <message>
        <location filename="../../ui/backups/auto.py" line="145"/>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <location filename="../../ui/backups/auto.py" line="174"/>
        <source>Backup failed</source>
        <translation>Сақтық көшірме жасалмады</translation>
    </message>
    <message>
        <location filename="../../ui/backups/auto.py" line="175"/>
        <source>Backup failed: {reason}

Quit anyway?</source>
        <translation>Сақтық көшірме жасалмады: {reason}

Сонда да шығу керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/backups/auto.py" line="176"/>
        <source>Quit without a backup</source>
        <translation>Сақтық көшірмесіз шығу</translation>
    </message>
    <message>
        <location filename="../../ui/backups/auto.py" line="177"/>
        <source>Stay open</source>
        <translation>Бағдарламада қалу</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/backups/actions.py" line="57"/>
        <source>&amp;Back up now...</source>
        <translation>Қазір сақтық &amp;көшірме жасау...</translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="59"/>
        <source>&amp;Restore from backup...</source>
        <translation>Сақтық көшірмеден &amp;қалпына келтіру...</translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="61"/>
        <source>Backup setti&amp;ngs...</source>
        <translation>Сақтық көшірме &amp;баптаулары...</translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="81"/>
        <source>Back up now</source>
        <translation>Қазір сақтық көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="83"/>
        <source>Qoldau backups (*{suffix})</source>
        <translation>Qoldau сақтық көшірмелері (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="101"/>
        <source>Making a backup...</source>
        <translation>Сақтық көшірме жасалуда...</translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="102"/>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="119"/>
        <source>Backup saved: {path}</source>
        <translation>Сақтық көшірме сақталды: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="127"/>
        <source>Backup failed</source>
        <translation>Сақтық көшірме жасалмады</translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="128"/>
        <source>The backup was not made: {reason}</source>
        <translation>Сақтық көшірме жасалмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="137"/>
        <location filename="../../ui/backups/actions.py" line="157"/>
        <source>Restore from backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="139"/>
        <source>Qoldau backups (*{suffix});;All files (*)</source>
        <translation>Qoldau сақтық көшірмелері (*{suffix});;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="151"/>
        <source>The replaced store was kept as {path}.</source>
        <translation>Ауыстырылған дерекқор {path} ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="159"/>
        <source>The backup was restored. {kept}

Log in again: the restored store has the accounts and passwords of the backup.</source>
        <translation>Сақтық көшірме қалпына келтірілді. {kept}

Қайта кіріңіз: қалпына келтірілген дерекқордағы есептік жазбалар мен құпиясөздер — сақтық көшірмедегілер.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../../ui/backups/settings_dialog.py" line="34"/>
        <source>Backup settings</source>
        <translation>Сақтық көшірме баптаулары</translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_dialog.py" line="42"/>
        <source>Default: {folder}</source>
        <translation>Әдепкі: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_dialog.py" line="45"/>
        <source>C&amp;hoose...</source>
        <translation>&amp;Таңдау...</translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_dialog.py" line="50"/>
        <source>Backup &amp;folder:</source>
        <translation>Сақтық көшірме &amp;бумасы:</translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_dialog.py" line="54"/>
        <source>&amp;Keep the newest:</source>
        <translation>Ең жаңаларын &amp;сақтау:</translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_dialog.py" line="55"/>
        <source>Make a backup &amp;every day</source>
        <translation>&amp;Күн сайын сақтық көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_dialog.py" line="72"/>
        <source>Backup folder</source>
        <translation>Сақтық көшірме бумасы</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ui/backups/texts.py" line="32"/>
        <source>The backup {path} is damaged or incomplete: it cannot be restored; nothing was changed. Choose another backup.</source>
        <translation>{path} сақтық көшірмесі зақымдалған немесе толық емес: оны қалпына келтіруге болмайды; ештеңе өзгерген жоқ. Басқа сақтық көшірмені таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/texts.py" line="41"/>
        <source>{file}: {error}. Nothing was changed.</source>
        <translation>{file}: {error}. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/texts.py" line="44"/>
        <source>An unexpected error; the details are in the log. Nothing was changed.</source>
        <translation>Күтпеген қате; толығырақ журналда. Ештеңе өзгерген жоқ.</translation>
    </message>
</context>
<context>
    <name>BlankPreviewDialog</name>
    <message>
        <location filename="../../ui/objects/prints/blank.py" line="408"/>
        <source>Print preview: blank passport of {name}</source>
        <extracomment>A box to tick beside an option. A blank cell, two lines high for handwriting. How many empty rows follow a zone&apos;s typical elements (elements the list does not name). The two printouts: the blank passport and the inspection checklist.</extracomment>
        <translation>Басып шығаруды алдын ала қарау: {name} паспортының бланкі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/prints/blank.py" line="410"/>
        <source>Print preview: inspection checklist of {name}</source>
        <translation>Басып шығаруды алдын ала қарау: {name} тексеру парағы</translation>
    </message>
    <message>
        <location filename="../../ui/objects/prints/blank.py" line="416"/>
        <source>Save the blank passport as PDF</source>
        <translation>Паспорт бланкін PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/objects/prints/blank.py" line="417"/>
        <source>Save the inspection checklist as PDF</source>
        <translation>Тексеру парағын PDF ретінде сақтау</translation>
    </message>
</context>
<context>
    <name>BreakdownsView</name>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="59"/>
        <source>Closed cases by closure reason</source>
        <extracomment>Tables with more columns than this take the whole width of the view. The tables shown, by key (``x_closures``...), and their widgets.</extracomment>
        <translation>Жабу себептері бойынша жабылған істер</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="60"/>
        <source>Closure reason</source>
        <translation>Жабу себебі</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="61"/>
        <source>Closed cases</source>
        <translation>Жабылған істер</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="62"/>
        <source>Children in open cases by sex</source>
        <translation>Ашық істердегі балалар жынысы бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="63"/>
        <source>Children in open cases by age band (age at the period end)</source>
        <translation>Ашық істердегі балалар жас тобы бойынша (кезең соңындағы жасы)</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="64"/>
        <source>Children in open cases by residence (urban, rural)</source>
        <translation>Ашық істердегі балалар тұратын жері бойынша (қала, ауыл)</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="65"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="66"/>
        <source>Age band</source>
        <translation>Жас тобы</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="67"/>
        <source>Residence</source>
        <translation>Тұратын жері</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="68"/>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="69"/>
        <source>Boys</source>
        <translation>Ұлдар</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="70"/>
        <source>Girls</source>
        <translation>Қыздар</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="71"/>
        <source>Urban</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="72"/>
        <source>Rural</source>
        <translation>Ауыл</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="73"/>
        <source>Not recorded</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="74"/>
        <source>0–2 years</source>
        <translation>0–2 жас</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="75"/>
        <source>3–6 years</source>
        <translation>3–6 жас</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="76"/>
        <source>0–6 years, subtotal</source>
        <translation>0–6 жас, барлығы</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="77"/>
        <source>7–13 years</source>
        <translation>7–13 жас</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="78"/>
        <source>14–17 years</source>
        <translation>14–17 жас</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="79"/>
        <source>Open cases by family category</source>
        <translation>Отбасы санаттары бойынша ашық істер</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="80"/>
        <source>Family category</source>
        <translation>Отбасы санаты</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="81"/>
        <source>Open cases at the period end</source>
        <translation>Кезең соңында ашық істер</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="83"/>
        <source>A family may belong to several categories: the rows overlap and have no total.</source>
        <translation>Отбасы бірнеше санатқа жатуы мүмкін: жолдар қиылысады, жиыны жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="85"/>
        <source>Open cases by signal source</source>
        <translation>Сигнал көздері бойынша ашық істер</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="86"/>
        <source>Signal source</source>
        <translation>Сигнал көзі</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="87"/>
        <source>Related ratios (not the official indicator)</source>
        <translation>Қатысты арақатынастар (ресми көрсеткіш емес)</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="89"/>
        <source>Neither ratio is the indicator, the share of accessible objects among passported objects (table A1).</source>
        <translation>Бұл арақатынастардың ешқайсысы көрсеткіш емес: көрсеткіш — паспортталған нысандардың жалпы санындағы қолжетімді нысандардың үлесі (A1 кесте).</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="92"/>
        <source>KATO code</source>
        <translation>ӘАОЖ коды</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="93"/>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="94"/>
        <source>Passported</source>
        <translation>Паспортталғаны</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="95"/>
        <source>Requiring adaptation</source>
        <translation>Бейімдеуді талап етеді</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="96"/>
        <source>Adapted</source>
        <translation>Бейімделгені</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="97"/>
        <source>Adaptation completion, % (adapted / requiring adaptation)</source>
        <translation>Бейімдеудің аяқталуы, % (бейімделгені / бейімдеуді талап етеді)</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="99"/>
        <source>Found inaccessible at passportization, % (requiring adaptation / passported)</source>
        <translation>Паспорттау кезінде қолжетімсіз деп табылғаны, % (бейімдеуді талап етеді / паспортталғаны)</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="102"/>
        <source>Passported objects by confirmed level of accessibility for each category</source>
        <translation>Санаттар бойынша расталған қолжетімділік деңгейі бойынша паспортталған нысандар</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="104"/>
        <source>Confirmed level</source>
        <translation>Расталған деңгей</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="105"/>
        <source>Fully accessible (ДП-В, ДП-И)</source>
        <translation>Толық қолжетімді (ДП-В, ДП-И)</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="106"/>
        <source>Partially accessible (ДЧ-В, ДЧ-И)</source>
        <translation>Ішінара қолжетімді (ДЧ-В, ДЧ-И)</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="107"/>
        <source>Conditionally accessible (ДУ)</source>
        <translation>Шартты түрде қолжетімді (ДУ)</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="108"/>
        <source>Temporarily inaccessible (ВНД)</source>
        <translation>Уақытша қолжетімсіз (ВНД)</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="109"/>
        <source>К — wheelchair users</source>
        <translation>К — кресло-арбамен қозғалатындар</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="110"/>
        <source>О — persons with musculoskeletal impairments</source>
        <translation>О — тірек-қимыл аппараты бұзылған</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="111"/>
        <source>С — persons with visual impairments</source>
        <translation>С — көру қабілеті бұзылған</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="112"/>
        <source>Г — persons with hearing impairments</source>
        <translation>Г — есту қабілеті бұзылған</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="113"/>
        <source>У — persons with intellectual impairments</source>
        <translation>У — ақыл-ой дамуында кемістігі бар</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="114"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="115"/>
        <source>No data</source>
        <translation>Деректер жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="117"/>
        <source>The breakdowns are left out of this consolidation: a consolidated package did not carry them.</source>
        <translation>Қосымша кестелер жиынтыққа енгізілмеді: жинақталған пакеттердің бірінде олар жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="120"/>
        <source>The breakdowns were not computed for these figures.</source>
        <translation>Бұл көрсеткіштер үшін қосымша кестелер есептелмеген.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="191"/>
        <source>Approve &amp;now</source>
        <extracomment>The key text column of a case table (measure, findings, event) is never narrower than this. Another free-text column (agency, reason, note) grows to its text up to this, then wraps.</extracomment>
        <translation>Қа&amp;зір бекіту</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="194"/>
        <source>Approve what awaits approval: the support plan, the closure or the reopening</source>
        <translation>Бекітуді күтетінді бекіту: қолдау жоспарын, істі жабуды немесе қайта ашуды</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="203"/>
        <source>Add &amp;visit...</source>
        <translation>Бару қос&amp;у...</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="204"/>
        <source>Add servic&amp;e...</source>
        <translation>Қызмет қ&amp;осу...</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="208"/>
        <source>T&amp;ransfer to another district...</source>
        <translation>Басқа ауданға бе&amp;ру...</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="220"/>
        <location filename="../../ui/cases/case_dialog.py" line="241"/>
        <location filename="../../ui/cases/case_dialog.py" line="253"/>
        <location filename="../../ui/cases/case_dialog.py" line="264"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="222"/>
        <source>Summary</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="229"/>
        <location filename="../../ui/cases/case_dialog.py" line="288"/>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="230"/>
        <location filename="../../ui/cases/case_dialog.py" line="254"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="231"/>
        <source>Measure</source>
        <translation>Шара</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="232"/>
        <source>Agency</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="233"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="234"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="242"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="243"/>
        <source>Child seen</source>
        <translation>Баламен кездесу</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="244"/>
        <source>Risk</source>
        <translation>Қауіп</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="245"/>
        <source>Next follow-up</source>
        <translation>Келесі бақылау</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="246"/>
        <source>Findings</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="255"/>
        <source>Provider</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="256"/>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="257"/>
        <location filename="../../ui/cases/case_dialog.py" line="267"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="265"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="266"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="268"/>
        <source>By</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="274"/>
        <source>Si&amp;gnal</source>
        <translation>Си&amp;гнал</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="279"/>
        <source>Space ticks a factor; Ctrl+S saves. Factors marked as restricted are shown only here, never in lists, summaries or exports.</source>
        <translation>Бос орын (Space) факторды белгілейді; Ctrl+S сақтайды. Қолжетімділігі шектеулі деп белгіленген факторлар тек осында көрсетіледі, тізімдерде, жиынтықтарда және экспортта ешқашан көрсетілмейді.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="286"/>
        <source>Ris&amp;k factors</source>
        <translation>Қауіп &amp;факторлары</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="287"/>
        <source>Assessments</source>
        <translation>Бағалаулар</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="289"/>
        <source>Visits</source>
        <translation>Барулар</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="290"/>
        <source>Services</source>
        <translation>Қызметтер</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="291"/>
        <source>&amp;History</source>
        <translation>&amp;Тарих</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="302"/>
        <source>Print s&amp;ummary...</source>
        <translation>Жиынтықты басып &amp;шығару...</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="342"/>
        <source>&amp;Identify...</source>
        <translation>&amp;Анықтау...</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="343"/>
        <source>&amp;Assess needs...</source>
        <translation>Қажеттіліктерді &amp;бағалау...</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="344"/>
        <source>Support &amp;plan...</source>
        <translation>Қолдау &amp;жоспары...</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="345"/>
        <source>A&amp;ccompany...</source>
        <translation>Сүй&amp;емелдеу...</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="346"/>
        <source>C&amp;lose case...</source>
        <translation>&amp;Істі жабу...</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="347"/>
        <source>&amp;Reopen...</source>
        <translation>&amp;Қайта ашу...</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="384"/>
        <source>New case: signal</source>
        <translation>Жаңа іс: сигнал</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="385"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="387"/>
        <location filename="../../ui/cases/case_dialog.py" line="414"/>
        <source>Worker: {name}</source>
        <translation>Маман: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="410"/>
        <source>Case {number} — {family}</source>
        <translation>Іс {number} — {family}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="408"/>
        <source>Case {number}</source>
        <translation>Іс {number}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="458"/>
        <source>support plan</source>
        <translation>қолдау жоспары</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="459"/>
        <source>closure</source>
        <translation>істі жабу</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="460"/>
        <source>reopening</source>
        <translation>істі қайта ашу</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="467"/>
        <source>Awaiting approval: {items}</source>
        <translation>Бекітуді күтуде: {items}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="472"/>
        <source>{item} approved by {login} on {date}</source>
        <translation>{item}: {date} күні {login} бекітті</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="508"/>
        <source>Approve without the child&apos;s opinion?</source>
        <translation>Баланың пікірінсіз бекіту керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="510"/>
        <source>The opinion of {names} about this decision has not been recorded. A child aged 10 or over is heard before a plan or a closure is decided (or the reason why not is recorded).</source>
        <translation>{names} осы шешім туралы пікірі жазылмаған. 10 жастағы және одан үлкен бала жоспар немесе жабу туралы шешім қабылданар алдында тыңдалады (немесе тыңдалмау себебі жазылады).</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="514"/>
        <source>Approve all the same</source>
        <translation>Бәрібір бекіту</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="515"/>
        <source>Go back</source>
        <translation>Артқа қайту</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="541"/>
        <source>{label} [restricted access]</source>
        <translation>{label} [қолжетімділігі шектеулі]</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="578"/>
        <source>v{version} of {date}</source>
        <translation>{version}-нұсқа, {date}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="591"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="591"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="627"/>
        <source>before the transfer: {event}</source>
        <translation>берілгенге дейін: {event}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="631"/>
        <source>assigned to {login}</source>
        <translation>{login} маманына бекітілді</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="744"/>
        <source>The store refused the change. Your entries are still here; try again, or ask your administrator.</source>
        <translation>Дерекқор өзгерісті қабылдамады. Енгізгендеріңіз осында сақталып тұр; қайталап көріңіз немесе әкімшіге хабарласыңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/case_dialog.py" line="755"/>
        <source>%n field(s) need correcting before saving.</source>
        <translation>
            <numerusform>Сақтау алдында %n өрісті түзету қажет.</numerusform>
            <numerusform>Сақтау алдында %n өрісті түзету қажет.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="785"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="785"/>
        <source>Discard the changes to this case?</source>
        <translation>Осы істегі өзгерістерден бас тартасыз ба?</translation>
    </message>
</context>
<context>
    <name>CaseStepDialogs</name>
    <message>
        <location filename="../../ui/cases/case_step_dialogs.py" line="51"/>
        <source>Needs assessment</source>
        <translation>Қажеттіліктерді бағалау</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_step_dialogs.py" line="83"/>
        <source>Support plan</source>
        <translation>Қолдау жоспары</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_step_dialogs.py" line="121"/>
        <source>Accompaniment starts &amp;on:</source>
        <translation>Сүйемелдеудің басталу &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_step_dialogs.py" line="122"/>
        <source>Accompaniment</source>
        <translation>Сүйемелдеу</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_step_dialogs.py" line="151"/>
        <source>Visit or contact</source>
        <translation>Бару немесе байланыс</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_step_dialogs.py" line="176"/>
        <source>Service delivered</source>
        <translation>Көрсетілген қызмет</translation>
    </message>
</context>
<context>
    <name>CaseSummaryPreviewDialog</name>
    <message>
        <location filename="../../ui/cases/case_summary.py" line="711"/>
        <source>Print preview: case {number}</source>
        <extracomment>Code lists whose labels the summary prints.</extracomment>
        <translation>Басып шығаруды алдын ала қарау: {number} ісі</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_summary.py" line="716"/>
        <source>Save the case summary as PDF</source>
        <translation>Іс жиынтығын PDF ретінде сақтау</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/cases/table_model.py" line="43"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="44"/>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="45"/>
        <source>Family</source>
        <translation>Отбасы</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="46"/>
        <source>Worker</source>
        <translation>Маман</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="47"/>
        <source>Signal</source>
        <translation>Сигнал</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="48"/>
        <source>Identified</source>
        <translation>Анықталды</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="49"/>
        <source>Next follow-up</source>
        <translation>Келесі бақылау</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="50"/>
        <source>Risk factors</source>
        <translation>Қауіп факторлары</translation>
    </message>
</context>
<context>
    <name>CaseTransfer</name>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="63"/>
        <source>Your role does not allow transferring cases: nothing was changed.</source>
        <translation>Сіздің рөліңіз істерді беруге рұқсат етпейді: ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="69"/>
        <source>The file could not be written or read: {reason}. Nothing was changed; check the USB stick or choose another folder.</source>
        <translation>Файлды жазу немесе оқу мүмкін болмады: {reason}. Ештеңе өзгертілмеді; USB жинақтауышты тексеріңіз немесе басқа буманы таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="74"/>
        <source>The transfer failed: nothing was changed.</source>
        <translation>Беру орындалмады: ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="433"/>
        <source>Transferred from {office} case {number}</source>
        <translation>{office} ауданынан берілген, іс {number}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="436"/>
        <source>Transferred to {office} on {date}</source>
        <translation>{date} күні {office} ауданына берілді</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/cases/page.py" line="128"/>
        <source>&amp;New case...</source>
        <extracomment>Work lists in tab order (RELAUNCH: issue 14, brief §3.6). The value of the plan-limit spin box that means &quot;no limit&quot;. N of the relaunch list (``relaunch_after_days``).</extracomment>
        <translation>&amp;Жаңа іс...</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="129"/>
        <source>&amp;Open case</source>
        <translation>Істі &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="130"/>
        <source>&amp;Refresh</source>
        <translation>Жаңар&amp;ту</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="131"/>
        <source>Case actions</source>
        <translation>Іс бойынша әрекеттер</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="144"/>
        <source>Only &amp;my cases in the follow-up and plan lists</source>
        <translation>Бақылау мен жоспар тізімдерінде тек менің &amp;істерім</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="151"/>
        <source>no limit</source>
        <translation>шектеусіз</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="152"/>
        <location filename="../../ui/cases/page.py" line="164"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="157"/>
        <source>Plan &amp;due within:</source>
        <translation>Жоспар &amp;мерзімі:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="169"/>
        <source>Open cases whose family is still in Digital Family Map category D or E this many days after the case opened are listed for relaunch with the mobile group.</source>
        <translation>Іс ашылғаннан кейін осынша күн өткенде отбасы әлі де Отбасының цифрлық картасының D немесе E санатында тұрған ашық істер мобильді топпен қайта іске қосу тізіміне енеді.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="174"/>
        <source>Re&amp;launch after:</source>
        <translation>Қайта &amp;қосу мерзімі:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="185"/>
        <source>No time limit for drawing up a plan is set (none is official): the list shows every case still waiting for its plan. Set a number of days in &quot;Plan due within&quot; to list only the cases waiting longer.</source>
        <extracomment>Says what the &quot;without a plan&quot; list holds when no limit is set.</extracomment>
        <translation>Жоспар жасаудың мерзімі белгіленбеген (ресми мерзім жоқ): тізімде жоспарын әлі күтіп отырған барлық істер көрсетіледі. Тек ұзақ күтіп отырғандарын көру үшін «Жоспар мерзімі» өрісіне күн санын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="243"/>
        <source>No open case. A case starts with a signal: register it, then identify the family.</source>
        <translation>Ашық іс жоқ. Іс сигналдан басталады: сигналды тіркеңіз, содан кейін отбасын анықтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="249"/>
        <source>Register a signal</source>
        <translation>Сигналды тіркеу</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="251"/>
        <source>No case in this list.</source>
        <translation>Бұл тізімде іс жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="271"/>
        <source>My open cases ({n})</source>
        <translation>Менің ашық істерім ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="272"/>
        <source>Follow-ups this week ({n})</source>
        <translation>Осы аптадағы бақылаулар ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="273"/>
        <source>Overdue follow-ups ({n})</source>
        <translation>Мерзімі өткен бақылаулар ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="274"/>
        <source>Without a plan ({n})</source>
        <translation>Жоспарсыз ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="276"/>
        <source>Waiting for a plan ({n})</source>
        <translation>Жоспарды күтуде ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="277"/>
        <source>All open cases ({n})</source>
        <translation>Барлық ашық істер ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="278"/>
        <source>Awaiting approval ({n})</source>
        <translation>Бекітуді күтуде ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="279"/>
        <source>Relaunch D/E ({n})</source>
        <translation>Қайта іске қосу D/E ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="306"/>
        <source>Reading the work lists...</source>
        <translation>Жұмыс тізімдері оқылуда...</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="328"/>
        <source>The work lists could not be read. Press F5 to try again.</source>
        <translation>Жұмыс тізімдерін оқу мүмкін болмады. Қайталау үшін F5 пернесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="429"/>
        <source>Recei&amp;ve a transferred case...</source>
        <translation>Берілген істі қабылда&amp;у...</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/accounts/password_dialog.py" line="48"/>
        <source>Change my password</source>
        <translation>Құпиясөзімді өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/password_dialog.py" line="53"/>
        <source>Your administrator gave you this password. Choose your own password now; nobody else, the administrator included, will know it. Cancel quits Qoldau.</source>
        <translation>Бұл құпиясөзді сізге әкімші берді. Қазір өз құпиясөзіңізді таңдаңыз; оны сізден басқа ешкім, әкімші де білмейді. «Болдырмау» Qoldau-дан шығарады.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/password_dialog.py" line="63"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Ағымдағы құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/password_dialog.py" line="66"/>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/password_dialog.py" line="67"/>
        <source>&amp;Repeat the new password:</source>
        <translation>Жаңа құпиясөзді &amp;қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/password_dialog.py" line="73"/>
        <source>Change the &amp;password</source>
        <translation>Құпиясөзді &amp;өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/password_dialog.py" line="84"/>
        <source>Choose a password other than the current one.</source>
        <translation>Ағымдағыдан басқа құпиясөз таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ChangeThresholdDialog</name>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="317"/>
        <source>Change threshold</source>
        <translation>Шекті мәнді өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="319"/>
        <source>New threshold</source>
        <translation>Жаңа шекті мән</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="323"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="330"/>
        <source>New &amp;threshold, {unit}:</source>
        <translation>Жаңа &amp;шекті мән, {unit}:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="331"/>
        <source>&amp;Reason (decision, letter):</source>
        <translation>&amp;Себебі (шешім, хат):</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="361"/>
        <source>Enter the new threshold as a number.</source>
        <translation>Жаңа шекті мәнді сан түрінде енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="365"/>
        <source>Edition {old_n}: {old} → edition {new_n}: {new}</source>
        <translation>{old_n}-басылым: {old} → {new_n}-басылым: {new}</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="180"/>
        <source>Checks</source>
        <translation>Тексерулер</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="182"/>
        <source>The figures are computed and the data is checked before the export.</source>
        <translation>Экспорт алдында көрсеткіштер есептеліп, деректер тексеріледі.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="204"/>
        <source>Computing the figures of {code} and checking the data...</source>
        <translation>{code} көрсеткіштері есептеліп, деректер тексерілуде...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="244"/>
        <source>Export the empty report</source>
        <translation>Бос есепті экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="245"/>
        <source>Go back</source>
        <translation>Артқа қайту</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="266"/>
        <source>The export cannot go on: the computed figures break the rules of the report format. Make a backup of the store and contact support.</source>
        <translation>Экспортты жалғастыру мүмкін емес: есептелген көрсеткіштер есеп пішімінің ережелерін бұзады. Дерекқордың сақтық көшірмесін жасап, қолдау қызметіне хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="289"/>
        <source>The checks could not run; go back and try again. Details: {error}</source>
        <translation>Тексерулер орындалмады; артқа оралып, қайталап көріңіз. Толығырақ: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="237"/>
        <source>Export an empty report?</source>
        <translation>Бос есепті экспорттау керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="239"/>
        <source>All figures of {code} are zero: no object and no case is counted in this period. Such a report is usually a mistake (another period, another store, or a register not imported yet).

Export it anyway? Its Cover sheet will say that all figures are zero.</source>
        <translation>{code} кезеңінің барлық көрсеткіштері нөлге тең: бұл кезеңде бірде-бір нысан да, бірде-бір іс те есепке алынбайды. Мұндай есеп көбінесе қателіктен болады (басқа кезең, басқа дерекқор немесе тізілім әлі импортталмаған).

Бәрібір экспорттау керек пе? Оның мұқаба парағында (Cover) барлық көрсеткіштер нөлге тең екені жазылады.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="272"/>
        <source>All figures of {code} are zero: no object and no case is counted in this period. Check the period, and that the register was imported, before you export an empty report.</source>
        <translation>{code} кезеңінің барлық көрсеткіштері нөлге тең: бұл кезеңде бірде-бір нысан да, бірде-бір іс те есепке алынбайды. Бос есепті экспорттамас бұрын кезеңді және тізілімнің импортталғанын тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>ChildOpinionDialog</name>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="101"/>
        <source>Opinion of {name}</source>
        <translation>{name} пікірі</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../../ui/cases/closure_dialog.py" line="69"/>
        <source>Close case {number}</source>
        <translation>{number} ісін жабу</translation>
    </message>
</context>
<context>
    <name>ClosureForm</name>
    <message>
        <location filename="../../ui/cases/closure_dialog.py" line="32"/>
        <source>Closure &amp;date:</source>
        <translation>Жабылған &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/closure_dialog.py" line="34"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/closure_dialog.py" line="35"/>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/closure_dialog.py" line="36"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Нәтижесі:</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../ui/imports/columns_page.py" line="45"/>
        <source>Columns</source>
        <extracomment>Examples shown beside each header (the first non-empty values below it).</extracomment>
        <translation>Бағандар</translation>
    </message>
    <message>
        <location filename="../../ui/imports/columns_page.py" line="48"/>
        <source>Check what each column of the file holds and correct it in the list. Fields marked * are required; a column left as &apos;Not imported&apos; is skipped.</source>
        <translation>Файлдың әр бағанында не тұрғанын тексеріп, тізімнен түзетіңіз. * белгісі бар өрістер міндетті; «Импортталмайды» деп қалдырылған баған өткізіп жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/columns_page.py" line="74"/>
        <source>Column</source>
        <extracomment>(header text, its drop-down, its label) per column of the header row.</extracomment>
        <translation>Баған</translation>
    </message>
    <message>
        <location filename="../../ui/imports/columns_page.py" line="74"/>
        <source>Header in the file</source>
        <translation>Файлдағы тақырып</translation>
    </message>
    <message>
        <location filename="../../ui/imports/columns_page.py" line="74"/>
        <source>Example</source>
        <translation>Мысал</translation>
    </message>
    <message>
        <location filename="../../ui/imports/columns_page.py" line="74"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../ui/imports/columns_page.py" line="86"/>
        <source>Not imported</source>
        <translation>Импортталмайды</translation>
    </message>
    <message>
        <location filename="../../ui/imports/columns_page.py" line="186"/>
        <source>Not matched: not imported</source>
        <translation>Сәйкестендірілмеген: импортталмайды</translation>
    </message>
    <message>
        <location filename="../../ui/imports/columns_page.py" line="190"/>
        <source>Required fields without a column: {fields}.</source>
        <translation>Бағаны жоқ міндетті өрістер: {fields}.</translation>
    </message>
</context>
<context>
    <name>CompletenessTableModel</name>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="227"/>
        <source>KATO</source>
        <translation>ӘАОЖ</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="228"/>
        <source>Sub-office</source>
        <translation>Бағынысты мекеме</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="229"/>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="230"/>
        <source>Timeliness</source>
        <translation>Мерзімділігі</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="231"/>
        <source>Created at</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="232"/>
        <source>Received at</source>
        <translation>Қабылданған уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="233"/>
        <source>Package id</source>
        <translation>Пакет идентификаторы</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="234"/>
        <source>Replaced</source>
        <translation>Ауыстырылғандар</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="277"/>
        <source>consolidated</source>
        <translation>жиынтыққа енгізілген</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="278"/>
        <source>returned</source>
        <translation>қайтарылған</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="284"/>
        <source>on time</source>
        <translation>мерзімінде</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="285"/>
        <source>late</source>
        <translation>кешіккен</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="287"/>
        <source>not due yet</source>
        <translation>мерзімі әлі келмеген</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reporting/received_table_model.py" line="295"/>
        <source>replaced %n earlier</source>
        <translation>
            <numerusform>бұрынғы %n пакетті ауыстырды</numerusform>
            <numerusform>бұрынғы %n пакетті ауыстырды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="302"/>
        <source>{old} created {created}, received {received}: replaced by {new}</source>
        <translation>{old}: жасалды {created}, қабылданды {received}; орнына {new} келді</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="311"/>
        <source>{new} created {created}, received {received}: current</source>
        <translation>{new}: жасалды {created}, қабылданды {received}; ағымдағы</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="330"/>
        <source>(name not known yet)</source>
        <translation>(атауы әлі белгісіз)</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="353"/>
        <source>Returned: package {id} of {created}</source>
        <translation>Қайтарылған: {created} жасалған {id} пакеті</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="278"/>
        <location filename="../../ui/reporting/received_table_model.py" line="286"/>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>ConsentBanner</name>
    <message>
        <location filename="../../ui/families/consent_banner.py" line="42"/>
        <source>Consent expired on {date}</source>
        <translation>Келісімнің мерзімі {date} аяқталды</translation>
    </message>
    <message>
        <location filename="../../ui/families/consent_banner.py" line="44"/>
        <source>Consent withdrawn on {date}</source>
        <translation>Келісім {date} кері қайтарып алынды</translation>
    </message>
    <message>
        <location filename="../../ui/families/consent_banner.py" line="46"/>
        <source>: personal data of this family are no longer processed; only the consent record is kept and may be changed (a consent given again, or a law that keeps the processing, lifts this).</source>
        <translation>: бұл отбасының дербес деректері енді өңделмейді; тек келісім туралы жазба сақталады және оны өзгертуге болады (қайта берілген келісім немесе өңдеуді жалғастыратын заң бұл шектеуді алады).</translation>
    </message>
    <message>
        <location filename="../../ui/families/consent_banner.py" line="52"/>
        <source>Consent withdrawn on {date}; processing continues by law ({basis}): only what that law requires is processed.</source>
        <translation>Келісім {date} кері қайтарып алынды; өңдеу заң бойынша жалғасады ({basis}): тек сол заң талап ететін деректер өңделеді.</translation>
    </message>
</context>
<context>
    <name>ControlActions</name>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="63"/>
        <source>State &amp;control...</source>
        <extracomment>The passport-state filter&apos;s value of the due list.</extracomment>
        <translation>Мемлекеттік &amp;бақылау...</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="66"/>
        <source>Inspections of the selected object by control bodies (Ctrl+Shift+K)</source>
        <translation>Таңдалған нысанды бақылау органдарының тексерулері (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="69"/>
        <source>Record complaint or reconstr&amp;uction...</source>
        <translation>Шағымды немесе ре&amp;конструкцияны жазу...</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="73"/>
        <source>Record a complaint, reconstruction or change of use that makes a re-inspection due (Ctrl+Shift+J)</source>
        <translation>Қайта тексеруді қажет ететін шағымды, реконструкцияны немесе пайдалану мақсатының өзгеруін жазу (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="78"/>
        <source>State control in a peri&amp;od...</source>
        <translation>Кезеңдегі мемлекеттік бақ&amp;ылау...</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="81"/>
        <source>Count the state-control inspections of a period</source>
        <translation>Кезеңдегі мемлекеттік бақылау тексерулерін санау</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="113"/>
        <source>{reason} since {date}</source>
        <translation>{reason}, {date} бастап</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="118"/>
        <source>Re-inspection due: {reasons}.</source>
        <translation>Қайта тексеру мерзімі келген: {reasons}.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="122"/>
        <source>violations</source>
        <translation>бұзушылықтар бар</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="122"/>
        <source>no violations</source>
        <translation>бұзушылық жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="124"/>
        <source>fine {fine}</source>
        <translation>айыппұл {fine}</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="126"/>
        <source>overdue</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="128"/>
        <source>remedied {date}</source>
        <translation>{date} жойылды</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="152"/>
        <source>{label} ({n})</source>
        <translation>{label} ({n})</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../ui/accounts/lock.py" line="99"/>
        <source>Qoldau is locked</source>
        <extracomment>Input that counts as the user being there.</extracomment>
        <translation>Qoldau құлыпталған</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash_dialog.py" line="54"/>
        <source>Qoldau: unexpected error</source>
        <extracomment>False after ``install_excepthook(show_dialog=False)`` (``--no-crash-dialog``). The non-modal dialog of :func:`show_bug` while it is open: one at a time.</extracomment>
        <translation>Qoldau: күтпеген қате</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="59"/>
        <source>Something went wrong. Everything saved before is safe in the store.
Copy the text below and send it to your administrator.</source>
        <translation>Бір нәрсе дұрыс болмады. Бұрын сақталғанның бәрі дерекқорда аман.
Төмендегі мәтінді көшіріп, әкімшіге жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="68"/>
        <source>&amp;Copy details</source>
        <translation>Мәліметтерді &amp;көшіру</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="77"/>
        <source>Copied</source>
        <translation>Көшірілді</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="174"/>
        <source>&amp;Period:</source>
        <extracomment>Years offered in the period list: this one and the ones before it. Key figures in display order. Unit names in the interface language by KATO code (read with each computation: the sub-offices a region knows change as packages are received). What the share and cases charts show (None before the first computation).</extracomment>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="178"/>
        <location filename="../../ui/reporting/dashboard.py" line="183"/>
        <source>&amp;Refresh</source>
        <translation>Жаңар&amp;ту</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="185"/>
        <source>P&amp;rint report...</source>
        <translation>Есепті &amp;басып шығару...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="205"/>
        <source>Objects in the register</source>
        <extracomment>Says when the figures are taken as of today (a period not ended).</extracomment>
        <translation>Тізілімдегі нысандар</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="206"/>
        <source>Passported</source>
        <translation>Паспортталды</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="207"/>
        <source>Accessible share</source>
        <translation>Қолжетімді нысандар үлесі</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="209"/>
        <source>Open cases, whole office</source>
        <translation>Ашық істер, бүкіл бөлім</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="210"/>
        <source>Overdue cases, whole office</source>
        <translation>Мерзімі өткен істер, бүкіл бөлім</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="261"/>
        <source>&amp;Charts</source>
        <extracomment>Under a card&apos;s caption: the date its figure is taken at. The breakdowns of issue 14, as the printed report has them (a tab beside the charts).</extracomment>
        <translation>&amp;Диаграммалар</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="262"/>
        <source>&amp;Breakdowns</source>
        <translation>&amp;Қосымша кестелер</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="318"/>
        <source>Computing the figures...</source>
        <translation>Көрсеткіштер есептелуде...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="337"/>
        <source>The figures could not be computed. Press F5 to try again.</source>
        <translation>Көрсеткіштерді есептеу мүмкін болмады. Қайталау үшін F5 пернесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="347"/>
        <source>The period {code} has not ended: the figures are as of today, {date}.</source>
        <translation>{code} кезеңі аяқталған жоқ: көрсеткіштер бүгінгі, {date} күнгі жағдай бойынша.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="355"/>
        <source>as of {date}</source>
        <translation>{date} жағдай бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="374"/>
        <source>No data</source>
        <translation>Деректер жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="375"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="377"/>
        <source>Accessible share by unit, %</source>
        <translation>Аумақтар бойынша қолжетімді нысандар үлесі, %</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="390"/>
        <source>Opened</source>
        <translation>Ашылды</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="390"/>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="393"/>
        <source>Cases opened and closed</source>
        <translation>Ашылған және жабылған істер</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="405"/>
        <source>Open cases by risk factor (top 10)</source>
        <translation>Қауіп факторлары бойынша ашық істер (алғашқы 10)</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="412"/>
        <source>No open cases with a risk factor</source>
        <translation>Қауіп факторы бар ашық істер жоқ</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="35"/>
        <source>Date as dd.mm.yyyy; leave blank if unknown; T enters today.</source>
        <translation>Күні кк.аа.жжжж түрінде; белгісіз болса, бос қалдырыңыз; T — бүгінгі күн.</translation>
    </message>
</context>
<context>
    <name>DecisionExtraSection</name>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="29"/>
        <location filename="../../ui/objects/passport/decision_extra.py" line="73"/>
        <source>Period, programme and approvals</source>
        <translation>Мерзім, бағдарлама және келісулер</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="32"/>
        <source>Works from</source>
        <translation>Жұмыстардың басталуы</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="34"/>
        <source>Works until</source>
        <translation>Жұмыстардың аяқталуы</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="44"/>
        <source>Plan or programme</source>
        <translation>Жоспар немесе бағдарлама</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="46"/>
        <source>Approval needed</source>
        <translation>Келісу қажет</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="49"/>
        <source>Approved by</source>
        <translation>Келіскен орган</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="51"/>
        <source>Approval date</source>
        <translation>Келісу күні</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="53"/>
        <source>Accessibility map updated on</source>
        <translation>Қолжетімділік картасы жаңартылған күн</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="54"/>
        <source>Works &amp;period:</source>
        <translation>Жұмыстар &amp;мерзімі:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="55"/>
        <source>Plan or pro&amp;gramme:</source>
        <translation>Жоспар немесе &amp;бағдарлама:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="56"/>
        <source>Appro&amp;val needed:</source>
        <translation>Ке&amp;лісу қажет:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="57"/>
        <source>Approved &amp;by:</source>
        <translation>Келіскен &amp;орган:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="58"/>
        <source>Approval &amp;date:</source>
        <translation>Келісу к&amp;үні:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="59"/>
        <source>Accessibility &amp;map updated on:</source>
        <translation>Қолжетімділік &amp;картасы жаңартылған күн:</translation>
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <location filename="../../ui/demo_dialog.py" line="59"/>
        <source>Load demo data</source>
        <extracomment>Largest number of objects one run may add (a big district has a few thousand). Largest number of families one run may add (each with its case).</extracomment>
        <translation>Демо-деректерді жүктеу</translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="63"/>
        <source>Demo data is for training only: invented objects, passports and adaptation works dated within the last three years. Do not load it into a real office&apos;s store; use a separate training store. The same number and seed give the same data.</source>
        <translation>Демо-деректер тек оқуға арналған: ойдан шығарылған нысандар, паспорттар және соңғы үш жыл ішіндегі күндермен бейімдеу жұмыстары. Оларды нақты мекеменің дерекқорына жүктемеңіз; бөлек оқу дерекқорын пайдаланыңыз. Сан мен бастапқы сан бірдей болса, деректер де бірдей болады.</translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="78"/>
        <source>Number of &amp;objects:</source>
        <translation>&amp;Нысандар саны:</translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="79"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Бастапқы сан:</translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="83"/>
        <source>Number of &amp;families (each with a case):</source>
        <translation>&amp;Отбасылар саны (әрқайсысында бір іс):</translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="88"/>
        <source>This store already holds {count} objects. Add demo data to it anyway.</source>
        <translation>Бұл дерекқорда {count} нысан бар. Соған қарамастан демо-деректерді қосу.</translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="103"/>
        <source>&amp;Load</source>
        <translation>&amp;Жүктеу</translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="124"/>
        <source>Tick the box to confirm that demo data may go into this store.</source>
        <translation>Демо-деректерді осы дерекқорға қосуға болатынын растау үшін белгі қойыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="166"/>
        <source>Adding demo data...</source>
        <translation>Демо-деректер қосылуда...</translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="184"/>
        <source>&amp;Close</source>
        <translation>Ж&amp;абу</translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="187"/>
        <source>Added {objects} objects and {passports} passports ({passported} objects passported).</source>
        <translation>Қосылды: {objects} нысан және {passports} паспорт ({passported} нысан паспортталды).</translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="195"/>
        <source>Added {families} families with {members} members and {cases} cases.</source>
        <translation>Қосылды: {families} отбасы, оларда {members} мүше және {cases} іс.</translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="206"/>
        <source>Cancelled: nothing was added.</source>
        <translation>Тоқтатылды: ештеңе қосылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="213"/>
        <source>The demo data could not be added; nothing was changed. Details: {error}</source>
        <translation>Демо-деректерді қосу мүмкін болмады; ештеңе өзгерген жоқ. Толығырақ: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="222"/>
        <source>Cancelling...</source>
        <translation>Тоқтатылуда...</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="302"/>
        <source>Destination</source>
        <translation>Сақтау орны</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="304"/>
        <source>Choose a folder, or a USB stick from the list, to receive the package.</source>
        <translation>Пакет жазылатын буманы немесе тізімнен USB жинақтауышты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="307"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Бума:</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="309"/>
        <source>B&amp;rowse...</source>
        <translation>Ш&amp;олу...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="317"/>
        <source>Removable &amp;drives:</source>
        <translation>Алынбалы диск&amp;ілер:</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="319"/>
        <source>Re&amp;fresh drives</source>
        <translation>Дискілерді &amp;жаңарту</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="323"/>
        <source>No USB stick found. Insert one and press Refresh drives, or choose a folder.</source>
        <translation>USB жинақтауыш табылмады. Оны салып, «Дискілерді жаңарту» батырмасын басыңыз немесе буманы таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="358"/>
        <source>{name} ({path}), {free} free</source>
        <translation>{name} ({path}), бос орын: {free}</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="375"/>
        <source>Replace the package?</source>
        <translation>Пакетті ауыстыру керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="377"/>
        <source>The folder already holds a package of this office and period:
{files}
Replace it with the new export?</source>
        <translation>Бумада осы мекеменің осы кезеңге арналған пакеті бар:
{files}
Оны жаңа экспортпен ауыстыру керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="380"/>
        <source>Replace the files</source>
        <translation>Файлдарды ауыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="381"/>
        <source>Choose another folder</source>
        <translation>Басқа қалта таңдау</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="389"/>
        <source>The package is written as {files}.</source>
        <translation>Пакет {files} ретінде жазылады.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="392"/>
        <source>These files already exist in this folder: they will be replaced after you confirm.</source>
        <translation>Бұл файлдар бумада бар: растағаннан кейін олар ауыстырылады.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="396"/>
        <source>This folder does not exist: choose another one.</source>
        <translation>Мұндай бума жоқ: басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="414"/>
        <source>Folder for the package</source>
        <translation>Пакетке арналған бума</translation>
    </message>
</context>
<context>
    <name>DestructionAct</name>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="35"/>
        <source>Act No. {number} on the destruction of personal data</source>
        <translation>Дербес деректерді жою туралы № {number} акт</translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="36"/>
        <source>Destruction act {number}</source>
        <translation>№ {number} жою актісі</translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="37"/>
        <source>Date of the act</source>
        <translation>Акт күні</translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="38"/>
        <source>Method of destruction</source>
        <translation>Жою тәсілі</translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="39"/>
        <source>Executed in the store by</source>
        <translation>Дерекқорда орындаған</translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="40"/>
        <source>Families destroyed</source>
        <translation>Жойылған отбасылар</translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="41"/>
        <source>Cases destroyed</source>
        <translation>Жойылған істер</translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="42"/>
        <source>People whose records were destroyed</source>
        <translation>Жазбалары жойылған адамдар</translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="43"/>
        <source>Records destroyed</source>
        <translation>Жойылған жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="44"/>
        <source>No.</source>
        <translation>Р/с №</translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="45"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="46"/>
        <source>Reference</source>
        <translation>Сәйкестендіргіш</translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="47"/>
        <source>Case closed on</source>
        <translation>Іс жабылған күн</translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="48"/>
        <source>family</source>
        <translation>отбасы</translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="49"/>
        <source>case</source>
        <translation>іс</translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="52"/>
        <source>The records listed were deleted from the store together with their personal data; the audit log keeps that they existed and were destroyed, their personal values no longer readable. Backups made before this act still hold the data until they are deleted or age out; backups made after it do not.</source>
        <translation>Тізімдегі жазбалар дербес деректерімен бірге дерекқордан жойылды; аудит журналында олардың болғаны және жойылғаны сақталады, ал дербес мәндерін енді оқу мүмкін емес. Осы актіге дейін жасалған сақтық көшірмелерде деректер олар жойылғанша немесе сақтау мерзімі өткенше қалады; актіден кейін жасалған сақтық көшірмелерде олар жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="57"/>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="58"/>
        <source>signature</source>
        <translation>қолы</translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="59"/>
        <source>date</source>
        <translation>күні</translation>
    </message>
</context>
<context>
    <name>DestructionActPreviewDialog</name>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="126"/>
        <source>Destruction act: print preview</source>
        <translation>Жою актісі: басып шығаруды алдын ала қарау</translation>
    </message>
</context>
<context>
    <name>Discard</name>
    <message>
        <location filename="../../ui/widgets/discard.py" line="25"/>
        <source>Close without saving</source>
        <translation>Сақтамай жабу</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/discard.py" line="26"/>
        <source>Continue editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="95"/>
        <source>&amp;Open the existing record</source>
        <extracomment>Person id -&gt; (label, open button, not-a-duplicate button) of each shown candidate. The warning about the same IIN in open cases (hidden when there is none).</extracomment>
        <translation>Бар жазбаны а&amp;шу</translation>
    </message>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="97"/>
        <source>&amp;Not a duplicate</source>
        <translation>Қайталану &amp;емес</translation>
    </message>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="112"/>
        <source>This IIN is in open case(s) {numbers}: check that the person really belongs to both households.</source>
        <translation>Бұл ЖСН ашық істерде бар: {numbers}. Адамның шынымен екі үй шаруашылығына да тиесілі екенін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="125"/>
        <source>birth date unknown</source>
        <translation>туған күні белгісіз</translation>
    </message>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="126"/>
        <source>no IIN</source>
        <translation>ЖСН жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="128"/>
        <source>family No. {ids}</source>
        <translation>№ {ids} отбасы</translation>
    </message>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="132"/>
        <source>in no family</source>
        <translation>ешбір отбасында емес</translation>
    </message>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="134"/>
        <source>same IIN</source>
        <translation>ЖСН бірдей</translation>
    </message>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="136"/>
        <source>similar name, same birth date</source>
        <translation>аты-жөні ұқсас, туған күні бірдей</translation>
    </message>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="138"/>
        <source>Possible duplicate ({reason}): {name}, {born}, IIN {iin}, {family}</source>
        <translation>Қайталануы мүмкін ({reason}): {name}, {born}, ЖСН {iin}, {family}</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../../ui/accounts/encrypt_dialog.py" line="55"/>
        <source>Encrypt the store</source>
        <translation>Дерекқорды шифрлау</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/encrypt_dialog.py" line="59"/>
        <source>The store {path} was made by an older version of Qoldau and is not encrypted: anyone who copies the file can read every name and IIN in it. Qoldau will now make a backup of it and then encrypt it. Choose the administrator&apos;s password; the next window shows the recovery key to print.</source>
        <translation>{path} дерекқоры Qoldau-дың ескі нұсқасында жасалған және шифрланбаған: файлды көшірген кез келген адам ондағы барлық аты-жөн мен ЖСН-ды оқи алады. Qoldau енді оның сақтық көшірмесін жасап, содан кейін оны шифрлайды. Әкімшінің құпиясөзін таңдаңыз; келесі терезе басып шығаруға арналған қалпына келтіру кілтін көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/encrypt_dialog.py" line="69"/>
        <source>&amp;Administrator login:</source>
        <translation>Әкімшінің &amp;логині:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/encrypt_dialog.py" line="72"/>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/encrypt_dialog.py" line="73"/>
        <source>&amp;Repeat the password:</source>
        <translation>Құпиясөзді &amp;тағы бір рет:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/encrypt_dialog.py" line="84"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Шифрлау</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/encrypt_dialog.py" line="104"/>
        <source>Type the administrator&apos;s login.</source>
        <translation>Әкімшінің логинін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/encrypt_dialog.py" line="142"/>
        <source>The store could not be encrypted; it is unchanged.</source>
        <translation>Дерекқор шифрланбады; ол өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>ExpectedDistrictsDialog</name>
    <message>
        <location filename="../../ui/reporting/page.py" line="104"/>
        <source>Expected districts</source>
        <translation>Күтілетін аудандар</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="108"/>
        <source>The districts of {name} that send packages: one 9-digit KATO code a line (e.g. {example}). Districts that have sent a package stay expected.</source>
        <translation>{name} құрамындағы пакет жіберетін аудандар: әр жолға бір 9 цифрлы ӘАОЖ коды (мысалы, {example}). Пакет жіберген аудандар күтілетіндер тізімінде қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="115"/>
        <source>&amp;Codes:</source>
        <translation>&amp;Кодтар:</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="149"/>
        <source>{code}: a KATO code has exactly 9 digits.</source>
        <translation>{code}: ӘАОЖ коды дәл 9 цифрдан тұрады.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="153"/>
        <source>{code} is not a district of this region: a district&apos;s code starts with {prefix}, then two digits other than 00, then 00000.</source>
        <translation>{code} осы облыстың ауданы емес: аудан коды {prefix} цифрларынан басталады, одан кейін 00-ден өзге екі цифр, содан соң 00000 келеді.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="190"/>
        <source>The codes were not saved: {error}</source>
        <translation>Кодтар сақталмады: {error}</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="430"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="437"/>
        <source>&amp;Details</source>
        <translation>Т&amp;олығырақ</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="447"/>
        <source>&amp;Try again</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="451"/>
        <source>&amp;Verify</source>
        <translation>&amp;Тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="508"/>
        <source>Writing the package to {folder}...</source>
        <translation>Пакет жазылуда: {folder}...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="536"/>
        <source>Cancelling...</source>
        <translation>Тоқтатылуда...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="558"/>
        <source>Verifying the package...</source>
        <translation>Пакет тексерілуде...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="607"/>
        <source>The manifest cannot be read back: {error}</source>
        <translation>Манифестті қайта оқу мүмкін емес: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="611"/>
        <source>Workbook: {name}</source>
        <translation>Жұмыс кітабы: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="612"/>
        <source>Manifest: {name}</source>
        <translation>Манифест: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="613"/>
        <source>SHA-256 of the workbook: {sha}</source>
        <translation>Жұмыс кітабының SHA-256 мәні: {sha}</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="614"/>
        <source>Rows per sheet:</source>
        <translation>Парақтардағы жолдар саны:</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="624"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Тоқтатылды: ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="640"/>
        <source>Export failed</source>
        <translation>Экспорт орындалмады</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="654"/>
        <source>Verified: the package is complete, unchanged and follows the format.</source>
        <translation>Тексерілді: пакет толық, өзгертілмеген және пішімге сәйкес.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="659"/>
        <source>The package failed verification: export it again.
{problems}</source>
        <translation>Пакет тексеруден өтпеді: оны қайта экспорттаңыз.
{problems}</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="672"/>
        <source>The package could not be verified. Details: {error}</source>
        <translation>Пакетті тексеру мүмкін болмады. Толығырақ: {error}</translation>
    </message>
</context>
<context>
    <name>ExportResult</name>
    <message>
        <location filename="../../ui/reporting/export_result.py" line="27"/>
        <source>The package for {period} was written to {folder} as two files ({workbook} and {manifest}).</source>
        <extracomment>The states of the check after writing.</extracomment>
        <translation>{period} кезеңінің пакеті {folder} ішіне екі файл болып жазылды ({workbook} және {manifest}).</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_result.py" line="42"/>
        <source>It is being checked: does it open, and do its figures match...</source>
        <translation>Пакет тексерілуде: ашыла ма, көрсеткіштері сәйкес пе...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_result.py" line="46"/>
        <source>It was checked after writing: it opens and its figures match.</source>
        <translation>Жазылғаннан кейін тексерілді: ашылады, көрсеткіштері сәйкес.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_result.py" line="50"/>
        <source>The check after writing found problems (below): do not send it; export it again.</source>
        <translation>Жазылғаннан кейінгі тексеру қателер тапты (төменде): пакетті жібермеңіз, қайта экспорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_result.py" line="54"/>
        <source>It could not be checked after writing (below): press Verify to try again.</source>
        <translation>Жазылғаннан кейін тексеру мүмкін болмады (төменде): қайталау үшін «Тексеру» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_result.py" line="69"/>
        <source>It is a DRAFT: approve the period before sending it (the office above does not consolidate a draft).</source>
        <translation>Бұл ЖОБА: жібермес бұрын кезеңді бекітіңіз (жоғары тұрған мекеме жобаны жиынтыққа қабылдамайды).</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_result.py" line="76"/>
        <source>The period was approved by {user} on {day} without the packages of {missing}: the package can be sent.</source>
        <translation>Кезеңді {day} күні {user} бекітті, {missing} пакеттерінсіз: пакетті жіберуге болады.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_result.py" line="85"/>
        <source>The period was approved by {user} on {day}: the package can be sent.</source>
        <translation>Кезеңді {day} күні {user} бекітті: пакетті жіберуге болады.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="713"/>
        <source>Export report package</source>
        <translation>Есеп пакетін экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="716"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="717"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="718"/>
        <source>&amp;Finish</source>
        <translation>&amp;Дайын</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="719"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="124"/>
        <source>A file of the package in {folder} is open in another program (Excel?) or the folder cannot be written. Close the file and press Try again, or go back and choose another folder. Nothing was written.</source>
        <extracomment>Folders under which desktops mount removable media (Linux, macOS).</extracomment>
        <translation>{folder} ішіндегі пакет файлы басқа бағдарламада ашық (Excel?) немесе бумаға жазу мүмкін емес. Файлды жауып, «Қайталау» батырмасын басыңыз немесе артқа оралып, басқа буманы таңдаңыз. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="131"/>
        <source>The folder {folder} is no longer there (was the USB stick removed?). Insert it again and press Try again, or go back and choose another folder. Nothing was written.</source>
        <translation>{folder} бумасы енді жоқ (USB жинақтауыш алынып қалды ма?). Оны қайта салып, «Қайталау» батырмасын басыңыз немесе артқа оралып, басқа буманы таңдаңыз. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="139"/>
        <source>The figures break the rules of the report format, so nothing was written. This is a program error or a damaged store: contact support with these details:
{details}</source>
        <translation>Көрсеткіштер есеп пішімінің ережелерін бұзады, сондықтан ештеңе жазылған жоқ. Бұл бағдарлама қатесі немесе дерекқор зақымдалған: мына мәліметтермен қолдау қызметіне хабарласыңыз:
{details}</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="145"/>
        <source>The package could not be written to {folder} ({error}). Check that the USB stick is still inserted and has free space, then press Try again, or go back and choose another folder. Nothing was written.</source>
        <translation>Пакетті {folder} ішіне жазу мүмкін болмады ({error}). USB жинақтауыштың салулы тұрғанын және онда бос орын бар екенін тексеріп, «Қайталау» батырмасын басыңыз немесе артқа оралып, басқа буманы таңдаңыз. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="151"/>
        <source>The export failed; nothing was written. Details: {error}</source>
        <translation>Экспорт орындалмады; ештеңе жазылған жоқ. Толығырақ: {error}</translation>
    </message>
</context>
<context>
    <name>ExportsBox</name>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="272"/>
        <source>No package has been exported yet: export one with &quot;Export package...&quot;, then read the receiving office&apos;s receipt with &quot;Read receipts...&quot;.</source>
        <extracomment>The widest a column other than the last grows to its contents (its header is never cut).</extracomment>
        <translation>Әзірге бірде-бір пакет экспортталмаған: оны «Пакетті экспорттау...» арқылы экспорттаңыз, содан кейін алушы мекеменің түбіртегін «Түбіртектерді оқу...» арқылы оқыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="280"/>
        <source>Read rec&amp;eipts...</source>
        <translation>Түбіртектерді &amp;оқу...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="281"/>
        <source>Read the receipts of packages sent (Ctrl+R)</source>
        <translation>Жіберілген пакеттердің түбіртектерін оқу (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="284"/>
        <location filename="../../ui/reporting/exports_box.py" line="383"/>
        <source>Read receipts</source>
        <translation>Түбіртектерді оқу</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="290"/>
        <source>Pri&amp;nt receipt...</source>
        <translation>Түбіртекті басып &amp;шығару...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="352"/>
        <source>When the receiving office hands back its receipt, read it with &quot;Read receipts...&quot;.</source>
        <translation>Алушы мекеме түбіртегін қайтарғанда, оны «Түбіртектерді оқу...» арқылы оқыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="355"/>
        <source>Nothing to do: the package is consolidated.</source>
        <translation>Ештеңе істеудің қажеті жоқ: пакет жиынтыққа енгізілді.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="358"/>
        <source>The package was a draft: ask your supervisor to approve the period, then export again and send the new package.</source>
        <translation>Пакет жоба болды: супервайзерден кезеңді бекітуді сұраңыз, содан кейін қайта экспорттап, жаңа пакетті жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="362"/>
        <source>Correct the figures, ask your supervisor to reopen the period, then approve it, export again and send the new package.</source>
        <translation>Көрсеткіштерді түзетіңіз, супервайзерден кезеңді қайта ашуды сұраңыз, содан кейін оны бекітіп, қайта экспорттап, жаңа пакетті жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="385"/>
        <source>Receipts (*.receipt.json);;All files (*)</source>
        <translation>Түбіртектер (*.receipt.json);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>ExportsTableModel</name>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="93"/>
        <source>Period</source>
        <extracomment>The row&apos;s object (:class:`ExportInfo` or :class:`ReasonRow`).</extracomment>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="94"/>
        <source>Exported at</source>
        <translation>Экспортталған уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="95"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="96"/>
        <source>Approval</source>
        <translation>Бекіту</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="97"/>
        <source>Receipt</source>
        <translation>Түбіртек</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="109"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="111"/>
        <source>approved ({period})</source>
        <translation>бекітілген ({period})</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="112"/>
        <source>approved</source>
        <translation>бекітілген</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="117"/>
        <source>no receipt yet</source>
        <translation>түбіртек әлі жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="119"/>
        <source>accepted by {office} on {date}</source>
        <translation>{date} күні {office} қабылдады</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="125"/>
        <source>returned: {reason}</source>
        <translation>қайтарылды: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="126"/>
        <source>refused: {reason}</source>
        <translation>қабылданбады: {reason}</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <location filename="../../ui/families/page.py" line="70"/>
        <source>&amp;New family...</source>
        <extracomment>Typing pauses this long before the search runs, so each keystroke does not query. The family dialog open now (None otherwise).</extracomment>
        <translation>&amp;Жаңа отбасы...</translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="70"/>
        <source>Add a family (Ctrl+N)</source>
        <translation>Отбасын қосу (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="73"/>
        <source>&amp;Open family...</source>
        <translation>Отбасын &amp;ашу...</translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="76"/>
        <source>Open the household of the selected person (Enter)</source>
        <translation>Таңдалған адамның үй шаруашылығын ашу (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="79"/>
        <source>Re&amp;fresh</source>
        <translation>Жаңар&amp;ту</translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="82"/>
        <source>Reload the list (F5)</source>
        <translation>Тізімді қайта жүктеу (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="85"/>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="87"/>
        <source>Family actions</source>
        <translation>Отбасы бойынша әрекеттер</translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="93"/>
        <source>IIN digits or the start of a name (Ctrl+F)</source>
        <translation>ЖСН цифрлары немесе аты-жөнінің басы (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="98"/>
        <source>&amp;Search:</source>
        <translation>Із&amp;деу:</translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="128"/>
        <source>No family yet. Add the first family and its members.</source>
        <translation>Әзірге отбасы жоқ. Бірінші отбасын және оның мүшелерін қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="131"/>
        <source>Add a family</source>
        <translation>Отбасын қосу</translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="133"/>
        <source>Nobody matches the search.</source>
        <translation>Іздеуге сәйкес адам жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="136"/>
        <location filename="../../ui/families/page.py" line="138"/>
        <source>Clear the search</source>
        <translation>Іздеуді тазалау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/families/page.py" line="253"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n адам</numerusform>
            <numerusform>%n адам</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="99"/>
        <source>New family</source>
        <translation>Жаңа отбасы</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="99"/>
        <source>Family</source>
        <translation>Отбасы</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="126"/>
        <source>Name</source>
        <extracomment>The members as edited (ended memberships included, oldest first). The member dialog currently open (None otherwise). The household of a duplicate candidate, opened from the member dialog&apos;s banner.</extracomment>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="127"/>
        <source>Relation</source>
        <translation>Туыстық қатынасы</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="128"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="129"/>
        <source>IIN (masked)</source>
        <translation>ЖСН (жасырылған)</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="130"/>
        <source>Member since / until</source>
        <translation>Мүшелік: бастап / дейін</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="142"/>
        <source>&amp;Add member (Ins)</source>
        <translation>Мүше қос&amp;у (Ins)</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="143"/>
        <source>&amp;Edit (Enter)</source>
        <translation>&amp;Өзгерту (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="144"/>
        <source>E&amp;nd membership (Del)</source>
        <translation>Мүшелікті т&amp;оқтату (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="174"/>
        <source>&amp;Members:</source>
        <translation>Мүшеле&amp;рі:</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="186"/>
        <source>Members</source>
        <translation>Отбасы мүшелері</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="188"/>
        <source>Mone&amp;y</source>
        <translation>Ақ&amp;ша</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="223"/>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="235"/>
        <source>Left the household</source>
        <translation>Үй шаруашылығынан шықты</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="307"/>
        <source>Remove {name} from the members being entered?</source>
        <translation>{name} енгізіліп жатқан мүшелер тізімінен алынсын ба?</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="308"/>
        <source>Remove from the list</source>
        <translation>Тізімнен алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="310"/>
        <source>{name} no longer lives in this household: end the membership?</source>
        <translation>{name} бұл үй шаруашылығында енді тұрмайды: мүшелікті тоқтатасыз ба?</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="311"/>
        <source>End the membership</source>
        <translation>Мүшелікті аяқтау</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="314"/>
        <source>End membership</source>
        <translation>Мүшелікті тоқтату</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="317"/>
        <source>Keep the member</source>
        <translation>Мүшені қалдыру</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="358"/>
        <source>The family could not be saved: the store refused the change. Your entries are still here; try again, or ask your administrator.</source>
        <translation>Отбасы сақталмады: дерекқор өзгерісті қабылдамады. Енгізгендеріңіз осында сақталып тұр; қайталап көріңіз немесе әкімшіге хабарласыңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/families/family_dialog.py" line="388"/>
        <source>%n problem(s) must be fixed before saving.</source>
        <translation>
            <numerusform>Сақтау алдында %n қатені түзету керек.</numerusform>
            <numerusform>Сақтау алдында %n қатені түзету керек.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="403"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="403"/>
        <source>Discard the changes to this family?</source>
        <translation>Осы отбасындағы өзгерістерден бас тартасыз ба?</translation>
    </message>
</context>
<context>
    <name>FamilyForm</name>
    <message>
        <location filename="../../ui/families/family_form.py" line="91"/>
        <source>Not stated</source>
        <extracomment>Field names in form (and Tab) order, as used by :class:`~models.issues.Issue`.</extracomment>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="91"/>
        <source>Urban</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="93"/>
        <source>Rural</source>
        <translation>Ауыл</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="112"/>
        <source>Space ticks or clears the current category.</source>
        <translation>Бос орын (Space) ағымдағы санатты белгілейді немесе белгіні алады.</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="114"/>
        <source>Not assessed</source>
        <translation>Бағаланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="123"/>
        <source>tenge a month; optional</source>
        <translation>айына теңге; міндетті емес</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="131"/>
        <source>purpose, data list, any transfer</source>
        <translation>мақсаты, деректер тізбесі, берілуі (болса)</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="135"/>
        <source>the law that keeps processing after the withdrawal, if any</source>
        <translation>кері қайтарып алғаннан кейін өңдеуді жалғастыратын заң (болса)</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="138"/>
        <source>e.g. Social Code, article 133</source>
        <translation>мысалы, Әлеуметтік кодекс, 133-бап</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="165"/>
        <source>&amp;Settlement (KATO):</source>
        <extracomment>Field name -&gt; the widget to focus and frame.</extracomment>
        <translation>&amp;Елді мекен (ӘАОЖ):</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="166"/>
        <source>Street &amp;address:</source>
        <translation>Көше, &amp;мекенжай:</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="167"/>
        <source>&amp;Urban or rural:</source>
        <translation>&amp;Қала немесе ауыл:</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="168"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="169"/>
        <source>&amp;Housing:</source>
        <translation>Т&amp;ұрғын үй:</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="170"/>
        <source>H&amp;eating:</source>
        <translation>&amp;Жылыту:</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="171"/>
        <source>CO/&amp;gas detector:</source>
        <translation>Иіс газы/&amp;газ датчигі:</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="172"/>
        <source>Family &amp;categories:</source>
        <translation>Отбасы &amp;санаттары:</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="173"/>
        <source>Digital Family &amp;Map level:</source>
        <translation>Отбасының цифрлық &amp;картасы санаты:</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="174"/>
        <source>Level &amp;date:</source>
        <translation>Санат &amp;берілген күн:</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="175"/>
        <source>Level s&amp;ource:</source>
        <translation>Санат &amp;дереккөзі:</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="176"/>
        <source>&amp;Income per person:</source>
        <translation>Жан басына шаққандағы таб&amp;ыс:</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="177"/>
        <source>&amp;Legal basis of processing:</source>
        <translation>Өңдеудің құқықтық &amp;негізі:</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="178"/>
        <source>Consent &amp;form:</source>
        <translation>Келісімнің &amp;пішіні:</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="179"/>
        <source>Consent da&amp;te:</source>
        <translation>Келісім к&amp;үні:</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="180"/>
        <source>Consent &amp;recorded by:</source>
        <translation>Келісімді т&amp;іркеген:</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="181"/>
        <source>Co&amp;nsent scope:</source>
        <translation>Келісім кө&amp;лемі:</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="182"/>
        <source>Consent &amp;valid until:</source>
        <translation>Келісімнің қолданылу уақыты (де&amp;йін):</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="183"/>
        <source>Consent &amp;withdrawn on:</source>
        <translation>Келісім қайтарып &amp;алынған күн:</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="184"/>
        <source>Processing &amp;kept by law:</source>
        <translation>Өңдеуді жалғастыратын за&amp;ң:</translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="185"/>
        <source>Statutory &amp;basis:</source>
        <translation>&amp;Заңдық негіз:</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/imports/file_page.py" line="51"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="55"/>
        <source>Choose the workbook with the list of families and members, then check the sheet and the row that holds the column headers.</source>
        <translation>Отбасылар мен олардың мүшелерінің тізімі бар жұмыс кітабын таңдаңыз, содан кейін парақты және баған тақырыптары тұрған жолды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="62"/>
        <source>Choose the workbook with the register, then check the sheet and the row that holds the column headers.</source>
        <translation>Тізілімі бар жұмыс кітабын таңдаңыз, содан кейін парақты және баған тақырыптары тұрған жолды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="67"/>
        <source>Path of the .xlsx file</source>
        <translation>Файлдың (.xlsx) жолы</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="68"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Шолу...</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="74"/>
        <source>Save empty &amp;template...</source>
        <translation>Бос &amp;үлгіні сақтау...</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="82"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="85"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Парақ:</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="88"/>
        <source>&amp;Header row:</source>
        <translation>&amp;Тақырып жолы:</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="105"/>
        <source>First &amp;rows of the sheet (the header row is highlighted):</source>
        <translation>Парақтың алғашқы &amp;жолдары (тақырып жолы белгіленген):</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="170"/>
        <source>Reading {name}...</source>
        <translation>{name} оқылуда...</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="177"/>
        <source>Matching the columns and values...</source>
        <translation>Бағандар мен мәндер сәйкестендірілуде...</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="206"/>
        <source>This file is in Qoldau&apos;s registry template (column codes in row 1): it is imported as it is. Press Next to check it.</source>
        <translation>Бұл файл Qoldau тізілімінің үлгісінде (баған кодтары 1-жолда): ол сол күйінде импортталады. Тексеру үшін «Келесі» түймесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="213"/>
        <source>Check the sheet and the header row, then press Next: Qoldau proposes what each column holds.</source>
        <translation>Парақты және тақырып жолын тексеріп, «Келесі» түймесін басыңыз: Qoldau әр бағанда не тұрғанын ұсынады.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="244"/>
        <source>Using the saved profile &apos;{name}&apos;.</source>
        <translation>Сақталған «{name}» профилі қолданылады.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="255"/>
        <source>Open workbook</source>
        <translation>Жұмыс кітабын ашу</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="257"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel жұмыс кітаптары (*.xlsx);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <location filename="../../ui/widgets/findings_panel.py" line="76"/>
        <source>Finding</source>
        <extracomment>The finding&apos;s code (str). True when the finding blocks the export.</extracomment>
        <translation>Кемшілік</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/findings_panel.py" line="76"/>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/findings_panel.py" line="76"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../ui/widgets/findings_panel.py" line="148"/>
        <source>&amp;Open the list</source>
        <translation>Тізімді а&amp;шу</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="186"/>
        <source>Object</source>
        <extracomment>Labels of the forms, by table and column: (translation context, source text). Tables whose fields read with another table&apos;s labels. The kinds of records a history lists (its own and its parts).</extracomment>
        <translation>Нысан</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="187"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="188"/>
        <source>Zone</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="189"/>
        <source>Measurement</source>
        <translation>Өлшем</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="190"/>
        <source>Adaptation work</source>
        <translation>Бейімдеу жұмысы</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="191"/>
        <source>Family</source>
        <translation>Отбасы</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="192"/>
        <source>Family category</source>
        <translation>Отбасы санаты</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="193"/>
        <source>Membership</source>
        <translation>Отбасы мүшелігі</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="194"/>
        <source>Member</source>
        <translation>Отбасы мүшесі</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="195"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="196"/>
        <source>Case event</source>
        <translation>Іс оқиғасы</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="197"/>
        <source>Risk factor</source>
        <translation>Қауіп факторы</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="198"/>
        <source>Assessment</source>
        <translation>Қажеттіліктерді бағалау</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="199"/>
        <source>Assessment score</source>
        <translation>Бағалау балы</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="200"/>
        <source>Support plan</source>
        <translation>Қолдау жоспары</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="201"/>
        <source>Plan measure</source>
        <translation>Жоспар шарасы</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="202"/>
        <source>Visit</source>
        <translation>Бару</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="203"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="204"/>
        <source>Case summary</source>
        <translation>Іс бойынша анықтама</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="205"/>
        <source>Child&apos;s opinion</source>
        <translation>Баланың пікірі</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="206"/>
        <source>Income</source>
        <translation>Табыс</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="207"/>
        <source>Benefit</source>
        <translation>Жәрдемақы</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="209"/>
        <source>Zone element</source>
        <translation>Аймақ элементі</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="210"/>
        <source>Photo</source>
        <translation>Фотосурет</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="211"/>
        <source>State control</source>
        <translation>Мемлекеттік бақылау</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="212"/>
        <source>Re-inspection reason</source>
        <translation>Қайта тексеру негізі</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="213"/>
        <source>Norm rule</source>
        <translation>Норма ережесі</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="214"/>
        <source>Office setting</source>
        <translation>Мекеме баптауы</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="215"/>
        <source>Typical element</source>
        <translation>Типтік элемент</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="218"/>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="219"/>
        <source>Changed</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="220"/>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="221"/>
        <source>Opened</source>
        <translation>Ашылды</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="222"/>
        <source>Printed</source>
        <translation>Басып шығарылды</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="223"/>
        <source>Exported</source>
        <translation>Экспортталды</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="242"/>
        <source>Registry number</source>
        <extracomment>Columns of the history table. Linking fields, named by the kind of record they point to. Fields no form labels, by table and column: the dialog&apos;s own words.</extracomment>
        <translation>Есептік нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="244"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="246"/>
        <source>SANITARY core for residential objects</source>
        <translation>Тұрғын нысандар үшін SANITARY негізгі аймақ</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="249"/>
        <source>Re-inspection interval, years</source>
        <translation>Қайта тексеру аралығы, жыл</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="252"/>
        <source>Large family: minors</source>
        <translation>Көпбалалы отбасы: кәмелетке толмағандар</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="253"/>
        <source>Plan due, days after identification</source>
        <translation>Жоспар мерзімі, анықталғаннан кейінгі күн</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="256"/>
        <source>Relaunch after, days</source>
        <translation>Қайта қосу мерзімі, күн</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="298"/>
        <source>History: {record}</source>
        <extracomment>The widest the What and Field columns grow to their contents (the values get the rest).</extracomment>
        <translation>Тарих: {record}</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="305"/>
        <location filename="../../ui/audit/history_dialog.py" line="336"/>
        <source>When</source>
        <extracomment>Codes, dates, settlements and links in words, as the forms show them.
----------
Who opened the family (supervisors and administrators only; None otherwise).</extracomment>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="306"/>
        <location filename="../../ui/audit/history_dialog.py" line="336"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="307"/>
        <location filename="../../ui/audit/history_dialog.py" line="336"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="308"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="309"/>
        <source>Old value</source>
        <translation>Бұрынғы мәні</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="310"/>
        <source>New value</source>
        <translation>Жаңа мәні</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="327"/>
        <source>&amp;Changes:</source>
        <translation>&amp;Өзгерістер:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="341"/>
        <source>&amp;Who opened this family:</source>
        <translation>Бұл отбасын &amp;кім ашты:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="379"/>
        <source>Nothing has been recorded for this record yet.</source>
        <translation>Бұл жазба бойынша әзірге ештеңе тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="384"/>
        <source>value destroyed</source>
        <translation>мәні жойылған</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="433"/>
        <source>&amp;History... (Ctrl+H)</source>
        <extracomment>The history dialog last opened (tests drive it), None before.</extracomment>
        <translation>&amp;Тарих... (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_values.py" line="103"/>
        <source>Yes</source>
        <extracomment>Coded fields whose codes are a code list of the store: (table, column) -&gt; list name. Coded fields holding several codes separated by spaces: (table, column) -&gt; list name, or None for user categories (shown by their letters, К О С Г У). Columns holding &quot;YES&quot;, &quot;NO&quot; or &quot;&quot; (issue 12&apos;s yes/no questions). The forms&apos; words for the fixed vocabularies: code -&gt; (translation context, source text). The letters the passport form puts before a service form&apos;s words. Linking fields: the record they point to is named (:func:`models.audit.history.linked_names`). Fields holding a settlement&apos;s KATO code.</extracomment>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_values.py" line="104"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_values.py" line="106"/>
        <source>record removed ({id})</source>
        <extracomment>A link to a record that no longer exists: its UUID&apos;s first characters follow.</extracomment>
        <translation>жазба жойылған ({id})</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="148"/>
        <source>KATO</source>
        <extracomment>The row&apos;s object (:class:`HeldPackage`, :class:`CompletenessRow` or :class:`PlanRow`). The flat list model the Reporting page&apos;s other tables build on.</extracomment>
        <translation>ӘАОЖ</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="149"/>
        <source>Sender</source>
        <translation>Жіберуші</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="150"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="151"/>
        <source>Created at</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="152"/>
        <source>Received at</source>
        <translation>Қабылданған уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="153"/>
        <source>Received by</source>
        <translation>Қабылдаған</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="154"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="155"/>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="156"/>
        <source>Replaced by</source>
        <translation>Орнына келген</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="167"/>
        <source>current</source>
        <translation>ағымдағы</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="167"/>
        <source>replaced</source>
        <translation>ауыстырылды</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <location filename="../../ui/cases/identify_dialog.py" line="98"/>
        <source>Identify case {number}</source>
        <translation>{number} ісі бойынша анықтау</translation>
    </message>
    <message>
        <location filename="../../ui/cases/identify_dialog.py" line="105"/>
        <source>Family {family}</source>
        <translation>Отбасы {family}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/identify_dialog.py" line="117"/>
        <source>Family {family} (new)</source>
        <translation>Отбасы {family} (жаңа)</translation>
    </message>
</context>
<context>
    <name>IdentifyForm</name>
    <message>
        <location filename="../../ui/cases/identify_dialog.py" line="36"/>
        <source>Identified &amp;on:</source>
        <extracomment>People listed per search.</extracomment>
        <translation>Анықталған &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/identify_dialog.py" line="39"/>
        <source>Surname, name or IIN of a member</source>
        <translation>Мүшенің тегі, аты немесе ЖСН</translation>
    </message>
    <message>
        <location filename="../../ui/cases/identify_dialog.py" line="40"/>
        <source>&amp;Find family:</source>
        <translation>Отбасын &amp;іздеу:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/identify_dialog.py" line="41"/>
        <source>Fa&amp;mily:</source>
        <translation>&amp;Отбасы:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/identify_dialog.py" line="43"/>
        <source>&amp;New family...</source>
        <translation>&amp;Жаңа отбасы...</translation>
    </message>
    <message>
        <location filename="../../ui/cases/identify_dialog.py" line="62"/>
        <source>{name}, {birth} — family {family}</source>
        <translation>{name}, {birth} — отбасы {family}</translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <location filename="../../ui/accounts/actions.py" line="43"/>
        <source>Idle lock</source>
        <extracomment>Milliseconds in a minute (the idle lock&apos;s setting is in minutes).</extracomment>
        <translation>Күту кезіндегі құлып</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/actions.py" line="47"/>
        <source>Qoldau locks its window after this many minutes without keyboard or mouse input on this computer, and asks for the password again.</source>
        <translation>Осы компьютерде пернетақта мен тінтуір осынша минут қолданылмаса, Qoldau терезесін құлыптап, құпиясөзді қайта сұрайды.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/actions.py" line="57"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/actions.py" line="58"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Құлыптау уақыты:</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/imports/import_page.py" line="43"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="44"/>
        <source>Everything is imported, or nothing.</source>
        <translation>Бәрі импортталады немесе ештеңе импортталмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="48"/>
        <source>&amp;Stop the import</source>
        <translation>Импортты &amp;тоқтату</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="56"/>
        <source>&amp;Warnings (these rows are imported all the same):</source>
        <translation>&amp;Ескертулер (бұл жолдар бәрібір импортталады):</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="86"/>
        <source>Importing...</source>
        <translation>Импортталуда...</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="103"/>
        <source>Cancelling...</source>
        <translation>Тоқтатылуда...</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="134"/>
        <source>The import was refused; nothing was changed: {reason}</source>
        <translation>Импорт қабылданбады; ештеңе өзгертілген жоқ: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="146"/>
        <source>Imported: {families_new} new families, {families_updated} updated; {members_new} new members, {members_linked} linked to people already in Qoldau.</source>
        <translation>Импортталды: {families_new} жаңа отбасы, {families_updated} жаңартылды; {members_new} жаңа мүше, {members_linked} мүше Qoldau-да бар адамдармен байланыстырылды.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="156"/>
        <source>Imported: {added} new objects, {updated} updated, {unchanged} unchanged; {passports} passports added.</source>
        <translation>Импортталды: {added} жаңа нысан, {updated} жаңартылды, {unchanged} өзгеріссіз; {passports} паспорт қосылды.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/imports/texts.py" line="67"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Тоқтатылды: ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/texts.py" line="71"/>
        <location filename="../../ui/imports/texts.py" line="79"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Файлды оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/imports/texts.py" line="80"/>
        <source>The import failed; nothing was changed. Details: {error}</source>
        <translation>Импорт сәтсіз аяқталды; ештеңе өзгертілген жоқ. Толығырақ: {error}</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="56"/>
        <source>New state-control inspection</source>
        <translation>Мемлекеттік бақылаудың жаңа тексеруі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="58"/>
        <source>State-control inspection</source>
        <translation>Мемлекеттік бақылау тексеруі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="62"/>
        <source>e.g. the quality control department</source>
        <translation>мысалы, сапаны бақылау департаменті</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="67"/>
        <source>number and date, empty if none</source>
        <translation>нөмірі мен күні, болмаса бос</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="78"/>
        <source>Inspected &amp;on:</source>
        <translation>Тексеру &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="79"/>
        <source>Control &amp;body:</source>
        <translation>Бақылау &amp;органы:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="80"/>
        <source>&amp;Violations found:</source>
        <translation>Анықталған &amp;бұзушылықтар:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="81"/>
        <source>&amp;Order to remedy:</source>
        <translation>Жою туралы н&amp;ұсқама:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="82"/>
        <source>&amp;Fine, МРП:</source>
        <translation>&amp;Айыппұл, АЕК:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="83"/>
        <source>Dead&amp;line to remedy:</source>
        <translation>Жою &amp;мерзімі:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="84"/>
        <source>&amp;Remedied on:</source>
        <translation>Жойылған кү&amp;ні:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="85"/>
        <source>No&amp;te:</source>
        <translation>Ескер&amp;ту:</translation>
    </message>
</context>
<context>
    <name>LevelGrid</name>
    <message>
        <location filename="../../ui/objects/level_grid.py" line="93"/>
        <source>Full</source>
        <extracomment>Data of the &quot;not assessed yet&quot; entry: a new passport starts with nothing assumed.</extracomment>
        <translation>Толық</translation>
    </message>
    <message>
        <location filename="../../ui/objects/level_grid.py" line="94"/>
        <source>Partial</source>
        <translation>Ішінара</translation>
    </message>
    <message>
        <location filename="../../ui/objects/level_grid.py" line="95"/>
        <source>Conditional</source>
        <translation>Шартты</translation>
    </message>
    <message>
        <location filename="../../ui/objects/level_grid.py" line="96"/>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/objects/level_grid.py" line="97"/>
        <source>N/A</source>
        <translation>Аймақ жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/objects/level_grid.py" line="108"/>
        <source>Not applicable: the zone is absent</source>
        <translation>Қолданылмайды: аймақ жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/objects/level_grid.py" line="170"/>
        <source>Choose a level for every category.</source>
        <translation>Әр санат үшін деңгейді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/level_grid.py" line="52"/>
        <source>Zone</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <location filename="../../ui/objects/level_grid.py" line="58"/>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <location filename="../../ui/widgets/lock_banner.py" line="55"/>
        <source>Period {period} is approved (by {by}, {at}): the fields that change its figures are read-only. A supervisor can reopen the period on the Reporting page.</source>
        <translation>{period} кезеңі бекітілген ({by}, {at}): оның көрсеткіштерін өзгертетін өрістер тек оқуға арналған. Супервайзер кезеңді «Есептілік» бетінде қайта аша алады.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/accounts/lock.py" line="141"/>
        <source>Qoldau is locked</source>
        <translation>Qoldau құлыпталған</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/lock.py" line="147"/>
        <source>Qoldau was locked after a time without use. {login} ({role}): type your password to go on.</source>
        <translation>Qoldau біраз уақыт қолданылмағандықтан құлыпталды. {login} ({role}): жалғастыру үшін құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/lock.py" line="155"/>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/lock.py" line="160"/>
        <source>&amp;Unlock</source>
        <translation>Құлыпты а&amp;шу</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/lock.py" line="161"/>
        <source>&amp;Switch user</source>
        <translation>Пайдаланушыны &amp;ауыстыру</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="93"/>
        <source>Log in to Qoldau</source>
        <translation>Qoldau-ға кіру</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="95"/>
        <source>Store: {path}</source>
        <translation>Дерекқор: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="101"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="102"/>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="106"/>
        <source>&amp;Forgot password?</source>
        <translation>Құпиясөзді &amp;ұмыттыңыз ба?</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="109"/>
        <source>Log &amp;in</source>
        <translation>&amp;Кіру</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="117"/>
        <source>Type your login.</source>
        <translation>Логиніңізді енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Qoldau</source>
        <extracomment>Screens up to this width (the office monitors: 1024, 1280, 1366) open the window maximised. The principal&apos;s role: the window shows only what it may do (reporting.md §5). The automatic backups, once the application enables them (``enable_auto_backups``).</extracomment>
        <translation>Qoldau</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Objects</source>
        <translation>Нысандар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Families</source>
        <translation>Отбасылар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Dashboard</source>
        <translation>Көрсеткіштер тақтасы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Reporting</source>
        <translation>Есептілік</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Office: {name} ({kato})</source>
        <translation>Мекеме: {name} ({kato})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Store: {path}</source>
        <translation>Дерекқор: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>My open cases: {mine} | my follow-ups this week: {due} | my overdue (as of {date}): {overdue}</source>
        <translation>Менің ашық істерім: {mine} | осы аптадағы бақылауым: {due} | мерзімі өткен істерім ({date} жағдай бойынша): {overdue}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Your own cases only. The dashboard, the printed report and B1 count the cases of the whole office by the same rule.</source>
        <translation>Тек сіздің істеріңіз. Көрсеткіштер тақтасы, басып шығарылған есеп және B1 бүкіл бөлімнің істерін сол ереже бойынша санайды.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>Cases (my overdue: {overdue})</source>
        <translation>Істер (менің мерзімі өткен: {overdue})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Import the register (Ctrl+I)</source>
        <translation>Тізілімді импорттау (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Load demo data for training</source>
        <translation>Оқуға арналған демо-деректерді жүктеу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>{overdue} of your own open cases have an overdue follow-up as of {date} (the dashboard counts the whole office)</source>
        <translation>{date} жағдай бойынша сіздің ашық істеріңіздің {overdue} ісінде бақылау мерзімі өткен (көрсеткіштер тақтасы бүкіл бөлімді санайды)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>&amp;Import object registry...</source>
        <translation>Нысандар тізілімін &amp;импорттау...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Import &amp;family list...</source>
        <translation>&amp;Отбасылар тізімін импорттау...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Save registry &amp;template...</source>
        <translation>Тізілім &amp;үлгісін сақтау...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Load &amp;demo data...</source>
        <translation>&amp;Демо-деректерді жүктеу...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>E&amp;xit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Retention and destruction...</source>
        <translation>Сақтау мерзімі және &amp;жою...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>МРП and &amp;poverty lines...</source>
        <translation>АЕК және &amp;кедейлік шегі...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>&amp;Office settings...</source>
        <translation>&amp;Мекеменің баптаулары...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334"/>
        <source>&amp;Norm rules...</source>
        <translation>&amp;Нормативтік ережелер...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>&amp;Reports</source>
        <translation>&amp;Есептер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>&amp;Export report package...</source>
        <translation>Есеп пакетін &amp;экспорттау...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>Data &amp;quality...</source>
        <translation>Деректер &amp;сапасы...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>&amp;Receive packages...</source>
        <translation>Пакеттерді &amp;қабылдау...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>&amp;Print period report...</source>
        <translation>Кезең есебін басып шы&amp;ғару...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>&amp;About Qoldau</source>
        <translation>Qoldau т&amp;уралы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="511"/>
        <source>About Qoldau</source>
        <translation>Qoldau туралы</translation>
    </message>
</context>
<context>
    <name>MeasurementTable</name>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="105"/>
        <location filename="../../ui/objects/measurement_table.py" line="59"/>
        <source>Zone</source>
        <extracomment>Colours of inline messages (the same as the form&apos;s frames). The passport form marks warnings a shade darker than inline field messages. None: the object is not known, housing rules are offered too. Stored verdicts by (zone, check, element, value), as put_measurements matches them. The check and element each populated row was stored with, by its check combo.</extracomment>
        <translation>Аймақ</translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="111"/>
        <location filename="../../ui/objects/measurement_table.py" line="60"/>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="115"/>
        <location filename="../../ui/objects/measurement_table.py" line="61"/>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="121"/>
        <location filename="../../ui/objects/measurement_table.py" line="62"/>
        <source>Photo no.</source>
        <translation>Фото №</translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="234"/>
        <source>Meets the norm ({document}, {clause}).</source>
        <translation>Нормаға сәйкес ({document}, {clause}).</translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="290"/>
        <source>checked before norm editions were kept</source>
        <translation>нормалардың басылымдары сақталмай тұрып тексерілген</translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="292"/>
        <source>edition {n}</source>
        <translation>{n}-басылым</translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="294"/>
        <source>Met the norm {norm} ({edition}).</source>
        <translation>Нормаға сай болды: {norm} ({edition}).</translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="296"/>
        <source>Did not meet the norm {norm} ({edition}).</source>
        <translation>Нормаға сай болмады: {norm} ({edition}).</translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="300"/>
        <source>Checked against {ref}, {edition}: a later threshold does not change this verdict; change the value to check it against the norm in force.</source>
        <translation>{ref} бойынша тексерілді, {edition}: кейінгі шекті мән бұл қорытындыны өзгертпейді; қолданыстағы нормамен тексеру үшін мәнді өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="64"/>
        <source>Verdict</source>
        <translation>Тексеру нәтижесі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="66"/>
        <source>Add &amp;measurement</source>
        <translation>&amp;Өлшем қосу</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/families/member_dialog.py" line="73"/>
        <source>New member</source>
        <translation>Жаңа мүше</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_dialog.py" line="73"/>
        <source>Member</source>
        <translation>Отбасы мүшесі</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/families/member_dialog.py" line="166"/>
        <source>%n field(s) need correcting before the member is kept.</source>
        <extracomment>Person ids declared &quot;not a duplicate&quot; in this dialog (and earlier, from the draft). Candidates the user has already seen in the banner (OK then proceeds). The family dialog opened from the banner, if any.</extracomment>
        <translation>
            <numerusform>Мүшені сақтау үшін %n өрісті түзету қажет.</numerusform>
            <numerusform>Мүшені сақтау үшін %n өрісті түзету қажет.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/families/member_dialog.py" line="180"/>
        <source>Check the possible duplicate above: open the existing record, mark it &quot;Not a duplicate&quot;, or press OK again to keep this as a new person.</source>
        <translation>Жоғарыдағы ықтимал қайталануды тексеріңіз: бар жазбаны ашыңыз, «Қайталану емес» деп белгілеңіз немесе оны жаңа адам ретінде сақтау үшін «ОК» батырмасын қайта басыңыз.</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../ui/families/member_form.py" line="107"/>
        <source>12 digits</source>
        <extracomment>Fields that identify a person: leaving one of them runs the duplicate search. Fields a valid IIN fills when they are empty. Field names in form (and Tab) order, as used by :class:`~models.issues.Issue`.</extracomment>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="118"/>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="119"/>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="132"/>
        <source>Disabled since childhood</source>
        <translation>Бала кезінен мүгедектігі бар</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="133"/>
        <source>Set without an end date</source>
        <translation>Мерзімсіз белгіленген</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="135"/>
        <source>Special educational needs</source>
        <translation>Ерекше білім беру қажеттіліктері</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="138"/>
        <source>School or kindergarten</source>
        <translation>Мектеп немесе балабақша</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="149"/>
        <source>Registered with the p&amp;olice</source>
        <translation>П&amp;олиция органдарында есепте тұр</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="151"/>
        <source>On the intra-school register</source>
        <translation>Мектепішілік есепте тұр</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="181"/>
        <source>&amp;IIN:</source>
        <extracomment>Field name -&gt; the widget to focus and frame.</extracomment>
        <translation>&amp;ЖСН:</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="182"/>
        <source>No IIN &amp;because:</source>
        <translation>ЖСН жоқ, &amp;себебі:</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="183"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="184"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="185"/>
        <source>&amp;Patronymic:</source>
        <translation>Ә&amp;кесінің аты:</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="186"/>
        <source>&amp;Birth date:</source>
        <translation>Ту&amp;ған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="187"/>
        <source>Se&amp;x:</source>
        <translation>Жы&amp;нысы:</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="188"/>
        <source>&amp;Relation:</source>
        <translation>Туыстық &amp;қатынасы:</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="189"/>
        <source>&amp;Citizenship or status:</source>
        <translation>Азаматтығы немесе &amp;мәртебесі:</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="190"/>
        <source>&amp;Disability:</source>
        <translation>Мүге&amp;дектігі:</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="193"/>
        <source>Re-e&amp;xamination date:</source>
        <translation>Қайта куәландыру к&amp;үні:</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="195"/>
        <source>P&amp;MPK conclusion date:</source>
        <translation>&amp;ПМПК қорытындысының күні:</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="196"/>
        <source>Sc&amp;hool or kindergarten:</source>
        <translation>Мектеп немесе &amp;балабақша:</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="197"/>
        <source>&amp;Employment:</source>
        <translation>Жұмыспен қамт&amp;ылуы:</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="198"/>
        <source>Care st&amp;atus:</source>
        <translation>Қамқорлық мә&amp;ртебесі:</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="199"/>
        <source>P&amp;lacement form:</source>
        <translation>Орна&amp;ластыру нысаны:</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="201"/>
        <source>Police registration date:</source>
        <translation>Полиция есебіне қойылған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="203"/>
        <source>Intra-school registration date:</source>
        <translation>Мектепішілік есепке қойылған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="211"/>
        <source>Filled from the IIN</source>
        <translation>ЖСН бойынша толтырылды</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../ui/families/member_table_model.py" line="170"/>
        <source>Surname</source>
        <extracomment>Rows fetched per keyset page. The :class:`models.families.dto.MemberRow` of a row (any column).</extracomment>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_table_model.py" line="171"/>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_table_model.py" line="172"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_table_model.py" line="173"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_table_model.py" line="174"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_table_model.py" line="175"/>
        <source>IIN (masked)</source>
        <translation>ЖСН (жасырылған)</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_table_model.py" line="211"/>
        <source>M</source>
        <comment>sex: male</comment>
        <translation>Е</translation>
    </message>
    <message>
        <location filename="../../ui/families/member_table_model.py" line="213"/>
        <source>F</source>
        <comment>sex: female</comment>
        <translation>Ә</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>This field is required.</source>
        <extracomment>Stable issue codes of models/ and exporters/ -&gt; message (English source text, translated in the ``Messages`` context at display time; lupdate reads these QT_TRANSLATE_NOOP entries).</extracomment>
        <translation>Бұл өрісті толтыру міндетті.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>Unknown code {code}: choose a value from the list.</source>
        <translation>Белгісіз код {code}: тізімнен мәнді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>A KATO code has exactly 9 digits, e.g. 113220100.</source>
        <translation>ӘАОЖ коды дәл 9 цифрдан тұрады, мысалы, 113220100.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>No region has the KATO prefix {region}: check the first two digits.</source>
        <translation>ӘАОЖ префиксі {region} болатын өңір жоқ: алғашқы екі цифрды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>This settlement is outside the office&apos;s territory ({office}).</source>
        <translation>Бұл елді мекен мекеменің аумағынан тыс ({office}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60"/>
        <source>This KATO code is not in the office&apos;s list of settlements: check it.</source>
        <translation>Бұл ӘАОЖ коды мекеменің елді мекендер тізімінде жоқ: оны тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>The text holds an invisible control character (pasted from another program): retype it.</source>
        <translation>Мәтінде көрінбейтін басқару таңбасы бар (басқа бағдарламадан қойылған): оны қайта теріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>A BIN has exactly 12 digits.</source>
        <translation>БСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>The BIN&apos;s check digit does not match: look for a mistyped digit.</source>
        <translation>БСН-нің бақылау цифры сәйкес келмейді: қате терілген цифрды іздеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>This is a personal IIN, not a BIN: the fifth digit of a BIN is 4, 5 or 6.</source>
        <translation>Бұл БСН емес, жеке тұлғаның ЖСН-і: БСН-нің бесінші цифры 4, 5 немесе 6 болады.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>The date cannot be in the future.</source>
        <translation>Күн болашақта болуы мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="78"/>
        <source>Enter a value from {low} to {high}.</source>
        <translation>{low} мен {high} аралығындағы мәнді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>An amount cannot be negative.</source>
        <translation>Сома теріс болуы мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81"/>
        <source>Enter the element&apos;s name in Kazakh or in Russian.</source>
        <translation>Элементтің атауын қазақша немесе орысша енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>This zone already has an element of that name ({code}).</source>
        <translation>Бұл аймақта осы атаулы элемент бар ({code}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="87"/>
        <source>The passport is approved after the inspection, not before it.</source>
        <translation>Паспорт тексеруден кейін бекітіледі, одан бұрын емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91"/>
        <source>The confirmed status differs from the suggested one: explain why in the note.</source>
        <translation>Расталған мәртебе ұсынылғаннан өзгеше: себебін ескертпеде түсіндіріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95"/>
        <source>{code} means the same status for all five categories, but {categories} differ: set the same status for all five, or use {selective} for the categories it covers.</source>
        <translation>{code} барлық бес санат үшін бірдей мәртебені білдіреді, бірақ {categories} мәртебесі басқа: бес санатқа бірдей мәртебе қойыңыз немесе ол қамтитын санаттар үшін {selective} қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="100"/>
        <source>The check {check} does not apply to this zone: choose a check of the zone.</source>
        <translation>{check} тексерісі бұл аймаққа қолданылмайды: осы аймақтың тексерісін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105"/>
        <source>Another photo already has the number {number}: give each photo its own.</source>
        <translation>{number} нөмірі басқа фотосуретте бар: әр фотосуретке өз нөмірін беріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108"/>
        <source>This element is not in the photo&apos;s zone: choose an element of the zone.</source>
        <translation>Бұл элемент фотосуреттің аймағында жоқ: аймақтың элементін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="111"/>
        <source>The picture is larger than {limit} MB: add it again to scale it down.</source>
        <translation>Сурет {limit} МБ-тан үлкен: кішірейту үшін оны қайта қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="115"/>
        <source>This element belongs to another zone: choose an element of this zone.</source>
        <translation>Бұл элемент басқа аймаққа жатады: осы аймақтың элементін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="118"/>
        <source>Mark the user categories the violation affects.</source>
        <translation>Бұзушылық әсер ететін пайдаланушылар санаттарын белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="121"/>
        <source>The element is marked absent, yet violations of it are recorded: check it.</source>
        <translation>Элемент жоқ деп белгіленген, бірақ оның бұзушылықтары жазылған: тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>The object is marked adapted, but the passport found no adaptation needed.</source>
        <translation>Нысан бейімделді деп белгіленген, бірақ паспорт бойынша бейімдеу қажет емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="128"/>
        <source>The adaptation cannot be completed before the passport date.</source>
        <translation>Бейімдеу паспорт күнінен бұрын аяқталуы мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="132"/>
        <source>No adaptation is required, yet a category has no access: check the decision.</source>
        <translation>Бейімдеу талап етілмейді, бірақ бір санат үшін қолжетімділік жоқ: шешімді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136"/>
        <source>{low}-{high} {unit} is the physically possible range: check the value.</source>
        <translation>Физикалық тұрғыдан мүмкін аралық — {low}-{high} {unit}: мәнді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="140"/>
        <source>Does not meet the norm: must be {operator} {threshold} {unit} ({document}, {clause}).</source>
        <translation>Нормаға сәйкес келмейді: {operator} {threshold} {unit} болуы керек ({document}, {clause}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="145"/>
        <source>The check {check} is for another element: choose a check of this element.</source>
        <translation>{check} тексеруі басқа элементке арналған: осы элементтің тексеруін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="148"/>
        <source>The check {check} is retired: choose a check in force for a new value.</source>
        <translation>{check} тексеруінің күші жойылған: жаңа мән үшін қолданыстағы тексеруді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="151"/>
        <source>The check {check} is for residential buildings only: choose another check.</source>
        <translation>{check} тексеруі тек тұрғын үйлерге арналған: басқа тексеруді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="154"/>
        <source>A rule code is 2-40 capital Latin letters, digits or _, e.g. STAIR_WIDTH.</source>
        <translation>Ереже коды — 2-40 бас латын әрпі, сан немесе _, мысалы STAIR_WIDTH.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="157"/>
        <source>A rule with the code {code} exists already: choose another code.</source>
        <translation>{code} коды бар ереже бұрыннан бар: басқа код таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="160"/>
        <source>The element {element} belongs to none of the rule&apos;s zones: add its zone.</source>
        <translation>{element} элементі ереженің бірде-бір аймағына жатпайды: оның аймағын қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="163"/>
        <source>Name the check in at least one language.</source>
        <translation>Тексерудің атауын кемінде бір тілде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="166"/>
        <source>The lowest possible value must be below the highest.</source>
        <translation>Ең кіші мүмкін мән ең үлкенінен кем болуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="169"/>
        <source>Use at most {limit} characters.</source>
        <translation>{limit} таңбадан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="170"/>
        <source>Enter the date as dd.mm.yyyy, e.g. 20.11.2026.</source>
        <translation>Күнді кк.аа.жжжж түрінде енгізіңіз, мысалы, 20.11.2026.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="171"/>
        <source>Enter an amount in tenge, e.g. 1 250 000,50.</source>
        <translation>Соманы теңгемен енгізіңіз, мысалы, 1 250 000,50.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="172"/>
        <source>Enter an amount in МРП with at most two decimals, e.g. 10,5.</source>
        <translation>Соманы АЕК-пен, үтірден кейін екі таңбадан аспай енгізіңіз, мысалы 10,5.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="175"/>
        <source>Enter a number, e.g. 0,9.</source>
        <translation>Санды енгізіңіз, мысалы, 0,9.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>Choose a level for every category (N/A when the zone is absent).</source>
        <translation>Әр санат үшін деңгейді таңдаңыз (аймақ болмаса — «Аймақ жоқ»).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="180"/>
        <source>An IIN has exactly 12 digits ({length} typed).</source>
        <translation>ЖСН дәл 12 цифрдан тұрады (терілгені: {length}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="181"/>
        <source>The IIN&apos;s check digit does not match (it should be {expected}): look for a mistyped digit.</source>
        <translation>ЖСН-нің бақылау цифры сәйкес келмейді ({expected} болуы керек): қате терілген цифрды іздеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="186"/>
        <source>No IIN is ever issued with these first 11 digits: check the number.</source>
        <translation>Алғашқы 11 цифры осындай ЖСН ешқашан берілмейді: нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="190"/>
        <source>The first six digits ({date_part}) are not a date. IINs issued since 2013 need not encode the birth date: check the number, then save if it is right.</source>
        <translation>Алғашқы алты цифр ({date_part}) күнді білдірмейді. 2013 жылдан бері берілген ЖСН-де туған күн болмауы мүмкін: нөмірді тексеріп, дұрыс болса, сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="195"/>
        <source>The seventh digit ({digit}) is outside 1-6. IINs issued since 2013 need not encode century and sex: check the number, then save if it is right.</source>
        <translation>Жетінші цифр ({digit}) 1-6 аралығынан тыс. 2013 жылдан бері берілген ЖСН-де ғасыр мен жыныс көрсетілмеуі мүмкін: нөмірді тексеріп, дұрыс болса, сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="200"/>
        <source>The IIN encodes the birth date {encoded}, not the one entered. IINs issued since 2013 need not encode it: check both, then save if they are right.</source>
        <translation>ЖСН-де енгізілген күн емес, {encoded} туған күні көрсетілген. 2013 жылдан бері берілген ЖСН-де туған күн болмауы мүмкін: екеуін де тексеріп, дұрыс болса, сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="205"/>
        <source>The IIN encodes the other sex. IINs issued since 2013 need not encode it: check both, then save if they are right.</source>
        <translation>ЖСН-де басқа жыныс көрсетілген. 2013 жылдан бері берілген ЖСН-де жыныс көрсетілмеуі мүмкін: екеуін де тексеріп, дұрыс болса, сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="210"/>
        <source>Enter the IIN, or choose the reason there is none.</source>
        <translation>ЖСН-ді енгізіңіз немесе оның жоқ болу себебін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="214"/>
        <source>An IIN is entered: clear the reason for having none.</source>
        <translation>ЖСН енгізілген: оның жоқ болу себебін өшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="218"/>
        <source>Another member of this family has the same IIN.</source>
        <translation>Осы отбасының басқа мүшесінде дәл осындай ЖСН бар.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="222"/>
        <source>The birth date cannot be in the future.</source>
        <translation>Туған күні болашақта болуы мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="223"/>
        <source>A child of the family must be under 18, but this person is {age}: check the birth date or the relation.</source>
        <translation>Отбасындағы бала 18 жасқа толмаған болуы керек, ал бұл адамның жасы — {age}: туған күнін немесе туыстық қатынасын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="228"/>
        <source>Children under 7 have a disability status without a group: check the entry.</source>
        <translation>7 жасқа дейінгі балалардың мүгедектігі топсыз белгіленеді: жазбаны тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="232"/>
        <source>From age 7 a disability has group I, II or III: check the entry.</source>
        <translation>7 жастан бастап мүгедектіктің I, II немесе III тобы болады: жазбаны тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="236"/>
        <source>Only group I is usually set without an end date: check the entry.</source>
        <translation>Әдетте тек I топ мерзімсіз белгіленеді: жазбаны тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="240"/>
        <source>The date cannot be before the birth date.</source>
        <translation>Күн туған күннен бұрын болуы мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="241"/>
        <source>A placement form applies only to an orphan or a child without parental care: set the care status or clear the placement form.</source>
        <translation>Орналастыру нысаны тек жетім балаға немесе ата-анасының қамқорлығынсыз қалған балаға қолданылады: қамқорлық мәртебесін белгілеңіз немесе орналастыру нысанын тазалаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="246"/>
        <source>Intra-school registration concerns pupils, but this person is {age}: check the entry.</source>
        <translation>Мектепішілік есеп оқушыларға қатысты, ал бұл адам {age} жаста: жазбаны тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="250"/>
        <source>Record either the opinion heard or the reason it could not be heard, not both.</source>
        <translation>Тыңдалған пікірді не оны тыңдау мүмкін болмаған себепті жазыңыз, екеуін бірдей емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="254"/>
        <source>This child is not a member of the case&apos;s family: choose a child of the family.</source>
        <translation>Бұл бала іс бойынша отбасының мүшесі емес: отбасының баласын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="258"/>
        <source>The membership cannot end before it began.</source>
        <translation>Мүшелік басталмай тұрып аяқтала алмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="262"/>
        <source>A family has one reference person (applicant): change one relation.</source>
        <translation>Отбасында бір ғана өтініш беруші (отбасы басшысы) болады: бір туыстық қатынасты өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="266"/>
        <source>A large family has at least {required} minors living together; {minors} are entered.</source>
        <translation>Көпбалалы отбасында бірге тұратын кемінде {required} кәмелетке толмаған бала болады; енгізілгені: {minors}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="270"/>
        <source>Consent cannot be withdrawn before it was given.</source>
        <translation>Келісім берілмей тұрып қайтарып алынбайды.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="274"/>
        <source>Consent is withdrawn: processing on consent stops unless a law requires it. Record a statutory basis if there is one.</source>
        <translation>Келісім қайтарып алынды: заң талап етпесе, келісім негізіндегі өңдеу тоқтатылады. Заңда көзделген негіз болса, оны жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="279"/>
        <location filename="../../ui/messages.py" line="283"/>
        <location filename="../../ui/messages.py" line="287"/>
        <source>The date cannot be before the signal ({date}).</source>
        <translation>Күн сигналдан ({date}) бұрын болуы мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="291"/>
        <source>The date cannot be before the case&apos;s previous step ({date}).</source>
        <translation>Күн істің алдыңғы қадамынан ({date}) бұрын болуы мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="295"/>
        <source>Every measure needs a due date: enter when it must be done.</source>
        <translation>Әр шараның мерзімі болуы керек: қашан орындалатынын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="299"/>
        <source>A measure cannot be due before the plan is drawn up.</source>
        <translation>Шараның мерзімі жоспар жасалған күннен бұрын болуы мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="303"/>
        <source>A plan needs at least one measure: choose a service type and a due date.</source>
        <translation>Жоспарда кемінде бір шара болуы керек: қызмет түрі мен мерзімін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="307"/>
        <source>The review cannot be before the plan is drawn up.</source>
        <translation>Қайта қарау жоспар жасалған күннен бұрын болуы мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="311"/>
        <source>The next follow-up cannot be before this visit.</source>
        <translation>Келесі бақылау осы барудан бұрын болуы мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="315"/>
        <source>Attach the family first: find it by a member&apos;s name or IIN, or add it.</source>
        <translation>Алдымен отбасын байланыстырыңыз: оны мүшесінің аты-жөні немесе ЖСН бойынша табыңыз не қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="319"/>
        <source>Draw up the support plan first.</source>
        <translation>Алдымен қолдау жоспарын жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="320"/>
        <source>The case is closed: reopen it to record more.</source>
        <translation>Іс жабылған: тағы жазба енгізу үшін оны қайта ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="321"/>
        <location filename="../../ui/messages.py" line="322"/>
        <location filename="../../ui/messages.py" line="323"/>
        <location filename="../../ui/messages.py" line="324"/>
        <source>The case cannot move to this stage now.</source>
        <translation>Іс қазір бұл кезеңге өте алмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="326"/>
        <source>This is already approved by {by} on {date}: nothing was changed.</source>
        <translation>Бұл {date} күні {by} бекіткен: ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="329"/>
        <source>There is nothing of this case awaiting approval.</source>
        <translation>Бұл істе бекітуді күтетін ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="332"/>
        <source>The approval date cannot be before the date approved ({date}).</source>
        <translation>Бекіту күні бекітілетін құжаттың күнінен ({date}) бұрын бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="336"/>
        <source>This transfer is from this very district: a case is sent to another one.</source>
        <translation>Бұл беру осы аудан жіберген: іс басқа ауданға жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="339"/>
        <source>This transfer file is addressed to another district ({office}): nothing was received.</source>
        <translation>Бұл беру файлы басқа ауданға ({office}) арналған: ештеңе қабылданбады.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="343"/>
        <source>This transfer was already received as case {number}: nothing was received again.</source>
        <translation>Бұл беру {number} ісі ретінде бұрын қабылданған: қайта ештеңе қабылданбады.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="347"/>
        <source>The transfer file&apos;s content is not a case Qoldau can receive: nothing was received. Ask the sending district to send it again.</source>
        <translation>Беру файлының мазмұны Qoldau қабылдай алатын іс емес: ештеңе қабылданбады. Жіберуші аудандан оны қайта жіберуді сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="352"/>
        <source>This is not a Qoldau case transfer file, or it is damaged.</source>
        <translation>Бұл Qoldau іс беру файлы емес немесе ол зақымдалған.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="355"/>
        <source>This transfer file was made by another version of Qoldau: install the same version as the sending district.</source>
        <translation>Бұл беру файлы Qoldau-дың басқа нұсқасында жасалған: жіберуші аудандағыдай нұсқаны орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="360"/>
        <source>The transfer file is incomplete (cut short while copying): ask for it again.</source>
        <translation>Беру файлы толық емес (көшіру кезінде үзілген): оны қайта сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="364"/>
        <source>The file is too large to be a case transfer file.</source>
        <translation>Файл іс беру файлы болу үшін тым үлкен.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="367"/>
        <source>The passphrase does not open this file, or the file was changed on the way. Check the passphrase with the sending district: nothing was received.</source>
        <translation>Құпия сөз тіркесі бұл файлды ашпайды немесе файл жолда өзгертілген. Құпия сөз тіркесін жіберуші аудандан тексеріңіз: ештеңе қабылданбады.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="372"/>
        <source>The folder {path} does not exist: insert the USB stick or choose a folder.</source>
        <translation>{path} бумасы жоқ: USB жинақтауышты салыңыз немесе буманы таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="376"/>
        <source>This entry is no longer in the store (removed meanwhile): close it and open the family again.</source>
        <translation>Бұл жазба дерекқорда енді жоқ (осы арада жойылған): оны жабып, отбасын қайта ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="381"/>
        <source>This person is not a member of the family: choose a member or nobody.</source>
        <translation>Бұл адам отбасы мүшесі емес: отбасы мүшесін таңдаңыз немесе ешкімді таңдамаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="384"/>
        <source>A poverty line of {year} has the basis of its year ({basis}): until 2024, 70 % of the subsistence minimum; from 2025, 35 % of the regional median income, not below 70 % of the subsistence minimum.</source>
        <translation>{year} жылғы кедейлік шегінің негізі сол жылдікі ({basis}): 2024 жылға дейін – ең төменгі күнкөріс деңгейінің 70 %-ы; 2025 жылдан бастап – өңірдегі медианалық табыстың 35 %-ы, ең төменгі күнкөріс деңгейінің 70 %-ынан кем емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="390"/>
        <source>No estimate: the family has no current member.</source>
        <translation>Есеп жоқ: отбасында қазір бірде-бір мүше жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="393"/>
        <source>No estimate: no current income is recorded and none is declared.</source>
        <translation>Есеп жоқ: қазіргі табыс жазылмаған және мәлімделмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="396"/>
        <source>No estimate: no poverty line is set for this quarter. An administrator adds it under Settings &gt; МРП and poverty lines.</source>
        <translation>Есеп жоқ: осы тоқсанға кедейлік шегі белгіленбеген. Әкімші оны Баптаулар &gt; АЕК және кедейлік шегі бөлімінде қосады.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="401"/>
        <source>No estimate: the МРП of this year is not set. An administrator adds it under Settings &gt; МРП and poverty lines.</source>
        <translation>Есеп жоқ: осы жылдың АЕК-і белгіленбеген. Әкімші оны Баптаулар &gt; АЕК және кедейлік шегі бөлімінде қосады.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="408"/>
        <source>Consent was withdrawn on {date}: this family&apos;s personal data are no longer processed, so nothing of it can be changed or added. Record a consent given again, or the law that keeps the processing, first.</source>
        <translation>Келісім {date} кері қайтарып алынды: бұл отбасының дербес деректері енді өңделмейді, сондықтан ештеңені өзгертуге немесе қосуға болмайды. Алдымен қайта берілген келісімді немесе өңдеуді жалғастыратын заңды жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="414"/>
        <source>A chosen family is not due for destruction (a case is open or closed less than the retention period ago): refresh the list.</source>
        <translation>Таңдалған отбасының жою мерзімі келмеген (іс ашық немесе сақтау мерзімінен аз уақыт бұрын жабылған): тізімді жаңартыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="421"/>
        <source>Enter an area in m² greater than 0 and less than {high}.</source>
        <translation>Ауданды м²-мен 0-ден үлкен және {high}-ден кіші етіп енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="424"/>
        <source>A plot area is given but the object has no adjacent plot: check the plot answer.</source>
        <translation>Учаске ауданы көрсетілген, бірақ нысанның іргелес учаскесі жоқ деп белгіленген: учаске туралы жауапты тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="428"/>
        <source>The date cannot be before the inspection ({date}).</source>
        <translation>Күн тексеруден ({date}) бұрын болмауы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="434"/>
        <source>Invalid value ({code}).</source>
        <translation>Жарамсыз мән ({code}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="510"/>
        <source>There is no Qoldau store at {path}.</source>
        <extracomment>Codes whose parameters are shown otherwise than as given (numbers, dates, units, statuses). Codes of :class:`~models.store.db.StoreError` -&gt; message (``{path}`` is the store&apos;s file).</extracomment>
        <translation>{path} жолында Qoldau дерекқоры жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="511"/>
        <source>A store already exists at {path}; it was not overwritten.</source>
        <translation>{path} жолында дерекқор бар; ол қайта жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="514"/>
        <source>The store {path} was made by a newer version of Qoldau. Install the newer version to open it; nothing was changed.</source>
        <translation>{path} дерекқоры Qoldau-дың жаңарақ нұсқасында жасалған. Оны ашу үшін жаңа нұсқаны орнатыңыз; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="519"/>
        <source>The store {path} has no office yet.</source>
        <translation>{path} дерекқорында әлі мекеме жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="520"/>
        <source>A file already exists at {path}; it was not overwritten.</source>
        <translation>{path} орнында файл бар; ол қайта жазылмады.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="523"/>
        <source>The store {path} is damaged: nothing was written. Restore the latest backup, or ask your administrator.</source>
        <translation>{path} қоймасы бүлінген: ештеңе жазылмады. Соңғы сақтық көшірмені қалпына келтіріңіз немесе әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="528"/>
        <source>{path} is not a Qoldau store or it is damaged. Restore the latest backup, or ask your administrator; nothing was changed.</source>
        <translation>{path} Qoldau дерекқоры емес немесе ол зақымдалған. Соңғы сақтық көшірмені қалпына келтіріңіз немесе әкімшіге хабарласыңыз; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="534"/>
        <source>The backup folder {path} is not there (is the USB stick plugged in?). No backup was made; the data is safe and the next backup will be tried later.</source>
        <translation>{path} сақтық көшірме бумасы жоқ (USB жинақтауыш салынған ба?). Сақтық көшірме жасалмады; деректер аман, келесі көшірме кейінірек жасалады.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="539"/>
        <source>The backup folder {path} is full. No backup was made; free some space or choose another folder in the backup settings.</source>
        <translation>{path} сақтық көшірме бумасы толы. Сақтық көшірме жасалмады; орын босатыңыз немесе сақтық көшірме баптауларында басқа буманы таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="544"/>
        <source>Qoldau cannot write into the backup folder {path}. No backup was made; choose another folder in the backup settings.</source>
        <translation>Qoldau {path} сақтық көшірме бумасына жаза алмайды. Сақтық көшірме жасалмады; сақтық көшірме баптауларында басқа буманы таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="550"/>
        <source>{path} is not a Qoldau backup file: it cannot be restored; nothing was changed.</source>
        <translation>{path} — Qoldau сақтық көшірме файлы емес: оны қалпына келтіруге болмайды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="554"/>
        <source>The backup {path} belongs to another office: it cannot be restored over this store; nothing was changed.</source>
        <translation>{path} сақтық көшірмесі басқа мекемеге тиесілі: оны осы дерекқордың орнына қалпына келтіруге болмайды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="566"/>
        <source>The store {path} was made by an earlier version of Qoldau and is not encrypted yet. An administrator encrypts it first; nothing was changed.</source>
        <translation>{path} дерекқоры Qoldau-дың бұрынғы нұсқасында жасалған және әлі шифрланбаған. Алдымен әкімші оны шифрлайды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="571"/>
        <source>The store {path} is encrypted already: nothing was changed.</source>
        <translation>{path} дерекқоры шифрланған: ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="587"/>
        <source>The login or the password is wrong. Check the keyboard layout and Caps Lock.</source>
        <extracomment>Why a login, an unlock, a recovery or an account change was refused: the codes of ``models/store/keys.py`` ``AuthError``, of ``models/reference/accounts.py`` and of ``models/reference/roles.py`` ``RoleError`` -&gt; message (``{until}``: the end of a lock-out).</extracomment>
        <translation>Логин немесе құпиясөз қате. Пернетақта тілін және Caps Lock-ты тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="590"/>
        <source>Too many wrong passwords: this login is locked until {until}. Wait, or ask your administrator.</source>
        <translation>Қате құпиясөз тым көп рет енгізілді: бұл логин {until} дейін құлыпталды. Күтіңіз немесе әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="595"/>
        <source>The recovery key or the administrator login is wrong: nothing was changed.</source>
        <translation>Қалпына келтіру кілті немесе әкімшінің логині қате: ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="599"/>
        <source>Your role does not allow this: nothing was changed. Ask your supervisor or administrator.</source>
        <translation>Сіздің рөліңізге бұған рұқсат жоқ: ештеңе өзгертілмеді. Басшыға немесе әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="603"/>
        <source>The two passwords differ: type the same new password twice.</source>
        <translation>Екі құпиясөз сәйкес келмейді: бір жаңа құпиясөзді екі рет енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="606"/>
        <source>The password is too short: use at least 8 characters.</source>
        <translation>Құпиясөз тым қысқа: кемінде 8 таңба қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="609"/>
        <source>The password is too long: use at most 256 characters.</source>
        <translation>Құпиясөз тым ұзын: 256 таңбадан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="612"/>
        <source>The password must not be the login: choose another password.</source>
        <translation>Құпиясөз логинмен бірдей болмауы керек: басқа құпиясөз таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="615"/>
        <source>A login is one word of up to 64 characters, without spaces, e.g. aigerim.s.</source>
        <translation>Логин — бос орынсыз, 64 таңбаға дейінгі бір сөз, мысалы aigerim.s.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="619"/>
        <source>The login {login} is taken: choose another one.</source>
        <translation>{login} логині бос емес: басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="622"/>
        <source>There is no account {login}.</source>
        <translation>{login} есептік жазбасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="623"/>
        <source>Choose a role from the list.</source>
        <translation>Тізімнен рөл таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="624"/>
        <source>{login} is the last active administrator: make another account an administrator first. Nothing was changed.</source>
        <translation>{login} — соңғы белсенді әкімші: алдымен басқа есептік жазбаны әкімші етіңіз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="629"/>
        <source>Only the user themselves changes their password with the old one.</source>
        <translation>Ескі құпиясөз арқылы құпиясөзді тек пайдаланушының өзі өзгертеді.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="632"/>
        <source>Only an active administrator of the backup may restore it: nothing was changed.</source>
        <translation>Сақтық көшірмені тек оның белсенді әкімшісі ғана қалпына келтіре алады: ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="637"/>
        <source>The account was not changed ({code}).</source>
        <translation>Есептік жазба өзгертілмеді ({code}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="653"/>
        <source>Period {period} is approved ({by}, {at}): this change would alter its report, so nothing was saved. Records dated after the period can still be changed; a supervisor can reopen the period with a reason.</source>
        <extracomment>Approved periods, returns and receipts (reporting.md §6): the codes of ``models/reference/approvals.py`` (``period_locked``), ``models/reporting/approval.py`` (``APPROVAL_CODES``), ``models/reporting/returns.py``, ``models/reporting/exports.py``, the consolidation&apos;s ``not_approved`` and ``exporters/receipt.py`` (``RECEIPT_CODES``).</extracomment>
        <translation>{period} кезеңі бекітілген ({by}, {at}): бұл өзгеріс оның есебін өзгертер еді, сондықтан ештеңе сақталмады. Кезеңнен кейінгі күнмен жазылған жазбаларды өзгертуге болады; супервайзер кезеңді себебін көрсетіп қайта аша алады.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="659"/>
        <source>Period {period} ends on {end}: it can be approved from the next day.</source>
        <translation>{period} кезеңі {end} аяқталады: оны келесі күннен бастап бекітуге болады.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="662"/>
        <source>Period {period} is already approved ({by}, {at}).</source>
        <translation>{period} кезеңі бекітіліп қойған ({by}, {at}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="665"/>
        <source>Period {period} is not approved: there is nothing to reopen.</source>
        <translation>{period} кезеңі бекітілмеген: қайта ашатын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="668"/>
        <source>Give the reason for reopening the period.</source>
        <translation>Кезеңді қайта ашу себебін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="671"/>
        <source>No package for {period} has been consolidated from {katos}: receive them first, or list them as missing.</source>
        <translation>{period} кезеңі бойынша {katos} пакеті жиынтыққа енгізілмеген: алдымен оларды қабылдаңыз немесе жоқ деп көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="676"/>
        <source>{katos}: not a sub-office this office expects a package from.</source>
        <translation>{katos}: бұл мекеме пакет күтетін бағынысты мекеме емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="679"/>
        <source>The package is a draft: its period is not approved by the sender. It can be checked but not consolidated.</source>
        <translation>Пакет — жоба: жіберуші оның кезеңін бекітпеген. Оны тексеруге болады, бірақ жиынтыққа енгізуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="684"/>
        <source>No package of this office for this period is consolidated here: there is nothing to return.</source>
        <translation>Бұл мекеменің осы кезеңге пакеті мұнда жиынтыққа енгізілмеген: қайтаратын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="689"/>
        <source>Give the reason for returning the package.</source>
        <translation>Пакетті қайтару себебін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="692"/>
        <source>This receipt is about another office&apos;s package, or about no package exported here.</source>
        <translation>Бұл түбіртек басқа мекеменің пакеті туралы немесе мұнда экспортталмаған пакет туралы.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="696"/>
        <source>The receipt cannot be read: it is not a UTF-8 JSON file.</source>
        <translation>Түбіртекті оқу мүмкін емес: бұл UTF-8 JSON файлы емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="699"/>
        <source>The file is too large to be a receipt.</source>
        <translation>Файл түбіртек болу үшін тым үлкен.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="700"/>
        <source>The receipt is nested too deeply: it is not a Qoldau receipt.</source>
        <translation>Түбіртектің ішкі құрылымы тым терең: бұл Qoldau түбіртегі емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="703"/>
        <source>The file is not a Qoldau receipt of a known format version.</source>
        <translation>Файл белгілі пішім нұсқасындағы Qoldau түбіртегі емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="706"/>
        <source>The receipt is incomplete or damaged: a value is missing or of the wrong type.</source>
        <translation>Түбіртек толық емес немесе бүлінген: бір мән жоқ немесе түрі дұрыс емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="710"/>
        <source>Refused ({code}): nothing was changed.</source>
        <translation>Бас тартылды ({code}): ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="738"/>
        <source>The import profile cannot be read: it is not a UTF-8 JSON file.</source>
        <extracomment>Import profiles (reporting.md §3.1, issue 15): ``exporters/import_profile.py`` (``PROFILE_CODES``) and the stored profiles of ``models/reference/import_profiles.py`` (``STORED_PROFILE_CODES``).</extracomment>
        <translation>Импорт профилін оқу мүмкін емес: ол UTF-8 JSON файлы емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="741"/>
        <source>The file is too large to be an import profile.</source>
        <translation>Файл импорт профилі болу үшін тым үлкен.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="744"/>
        <source>The import profile is nested too deeply: it is not a Qoldau import profile.</source>
        <translation>Импорт профилінің құрылымы тым терең: бұл Qoldau импорт профилі емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="747"/>
        <source>The file is not a Qoldau import profile of a known format version.</source>
        <translation>Файл белгілі формат нұсқасындағы Qoldau импорт профилі емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="750"/>
        <source>The import profile is incomplete or damaged: the value of {key} is missing or of the wrong type.</source>
        <translation>Импорт профилі толық емес немесе бүлінген: {key} мәні жоқ немесе түрі қате.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="755"/>
        <source>The import profile is for {target}: only objects and family members can be imported.</source>
        <translation>Импорт профилі {target} үшін жасалған: тек нысандар мен отбасы мүшелерін импорттауға болады.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="759"/>
        <source>The import profile names a field that cannot be imported: {field}.</source>
        <translation>Импорт профилінде импортталмайтын өріс көрсетілген: {field}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="762"/>
        <source>Give the profile a name.</source>
        <translation>Профильге атау беріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="763"/>
        <source>No import profile is saved as {name}.</source>
        <translation>{name} деген атпен сақталған импорт профилі жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="765"/>
        <source>The import profile was refused ({code}).</source>
        <translation>Импорт профилі қабылданбады ({code}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="776"/>
        <source>Your role ({role}) does not allow this: nothing was changed. Ask your supervisor or administrator.</source>
        <translation>Сіздің рөліңізге ({role}) бұған рұқсат жоқ: ештеңе өзгертілмеді. Басшыға немесе әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="21"/>
        <source>The file is too large.</source>
        <translation>Файл тым үлкен.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="22"/>
        <source>The workbook holds too many parts.</source>
        <translation>Жұмыс кітабында бөліктер тым көп.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="23"/>
        <source>The workbook holds a part with a forbidden name.</source>
        <translation>Жұмыс кітабында атауы тыйым салынған бөлік бар.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="26"/>
        <location filename="../../ui/package_messages.py" line="27"/>
        <source>The workbook unpacks to too much data.</source>
        <translation>Жұмыс кітабы ашылғанда деректер тым көп болады.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="28"/>
        <source>The workbook is compressed implausibly far.</source>
        <translation>Жұмыс кітабы сенгісіз дәрежеде қысылған.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="29"/>
        <source>A sheet declares cells beyond the limits.</source>
        <translation>Парақта шектен тыс ұяшықтар жарияланған.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="30"/>
        <source>A sheet has too many rows.</source>
        <translation>Парақта жолдар тым көп.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="31"/>
        <source>Two sheets have the same name.</source>
        <translation>Екі парақтың атауы бірдей.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="32"/>
        <source>A cell holds a formula: the workbook must hold values only.</source>
        <translation>Ұяшықта формула бар: жұмыс кітабында тек мәндер болуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="35"/>
        <source>The workbook&apos;s properties hold an IIN: reports carry no personal data.</source>
        <translation>Жұмыс кітабының қасиеттерінде ЖСН бар: есептерде дербес деректер болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="38"/>
        <source>A cell comment holds an IIN: reports carry no personal data.</source>
        <translation>Ұяшық түсіндірмесінде ЖСН бар: есептерде дербес деректер болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="41"/>
        <source>A defined name holds an IIN: reports carry no personal data.</source>
        <translation>Анықталған атауда ЖСН бар: есептерде дербес деректер болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="44"/>
        <source>The workbook cannot be read: reading it failed.</source>
        <translation>Жұмыс кітабын оқу мүмкін емес: оқу сәтсіз аяқталды.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="47"/>
        <source>The workbook cannot be read in time: it is too large or damaged.</source>
        <translation>Жұмыс кітабын уақытында оқу мүмкін емес: ол тым үлкен немесе бүлінген.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="50"/>
        <source>The workbook needs too much memory.</source>
        <translation>Жұмыс кітабына жад тым көп қажет.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="58"/>
        <source>The manifest file is missing.</source>
        <extracomment>Rules of a report package that reading or verification found broken (``exporters/package_read.py``, ``exporters/package_verify.py``; reporting.md §2) -&gt; message. The sheet and row are shown beside it; the English detail stays in the log.</extracomment>
        <translation>Манифест файлы жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="59"/>
        <source>The manifest is far larger than a real one: it is not read.</source>
        <translation>Манифест нақты манифесттен әлдеқайда үлкен: ол оқылмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="62"/>
        <source>The manifest nests too deep: it is not read.</source>
        <translation>Манифесттің кірістірілуі тым терең: ол оқылмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="65"/>
        <source>The package is dated more than a day ahead of this computer&apos;s clock: check the date of this computer or of the sender&apos;s.</source>
        <translation>Пакеттің күні осы компьютердің сағатынан бір тәуліктен астам алда: осы компьютердің немесе жіберушінің күнін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="70"/>
        <source>The manifest cannot be read: it is not a UTF-8 JSON object.</source>
        <translation>Манифестті оқу мүмкін емес: ол UTF-8 JSON нысаны емес.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="73"/>
        <source>The manifest lacks required keys.</source>
        <translation>Манифестте міндетті кілттер жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="74"/>
        <source>This is not a Qoldau report package.</source>
        <translation>Бұл Qoldau есеп пакеті емес.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="75"/>
        <source>The package was made by a newer version of Qoldau: install the newer version to receive it.</source>
        <translation>Пакет Qoldau-дың жаңарақ нұсқасында жасалған: оны қабылдау үшін жаңа нұсқаны орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="80"/>
        <source>The manifest does not name the office.</source>
        <translation>Манифестте мекеме көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="81"/>
        <source>The manifest&apos;s period is not a reporting period.</source>
        <translation>Манифесттегі кезең есепті кезең емес.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="84"/>
        <source>The manifest&apos;s creation time is not a date and time with a time zone.</source>
        <translation>Манифесттің жасалған уақыты уақыт белдеуі бар күн мен уақыт емес.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="87"/>
        <source>The manifest has no package number.</source>
        <translation>Манифестте пакет нөмірі жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="88"/>
        <source>The manifest does not name the Qoldau version.</source>
        <translation>Манифестте Qoldau нұсқасы көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="91"/>
        <source>The manifest does not describe the workbook (file name, checksum, size).</source>
        <translation>Манифестте жұмыс кітабы сипатталмаған (файл атауы, бақылау сомасы, өлшемі).</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="94"/>
        <source>The manifest does not give the row count of each sheet.</source>
        <translation>Манифестте әр парақтың жол саны берілмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="97"/>
        <source>The manifest&apos;s list of included packages is damaged.</source>
        <translation>Манифесттегі енгізілген пакеттер тізімі бүлінген.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="101"/>
        <source>The sending office&apos;s KATO code or level is not valid.</source>
        <translation>Жіберуші мекеменің ӘАОЖ коды немесе деңгейі жарамсыз.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="104"/>
        <source>Packages of the sending office&apos;s level are not sent to another office.</source>
        <translation>Жіберуші мекеме деңгейінің пакеттері басқа мекемеге жіберілмейді.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="107"/>
        <source>The sending office {sender} is not a sub-office of this office ({receiver}).</source>
        <translation>Жіберуші мекеме {sender} осы мекеменің ({receiver}) бағынысты мекемесі емес.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="111"/>
        <source>The workbook named in the manifest is not beside it.</source>
        <translation>Манифестте аталған жұмыс кітабы оның жанында жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="18"/>
        <source>The workbook cannot be read as an Excel workbook (.xlsx).</source>
        <extracomment>Limits of the bounded workbook reader (``exporters/workbook_limits.py``, ``exporters/workbook_reader.py``): why a package&apos;s or a registry&apos;s workbook is refused.</extracomment>
        <translation>Жұмыс кітабын Excel кітабы (.xlsx) ретінде оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="559"/>
        <source>The key file beside the store {path} (its name ends in .keys) is missing: without it the store can be neither opened nor backed up. Put the file back from a copy, or ask your administrator to restore a backup or to use the office&apos;s recovery key.</source>
        <translation>{path} дерекқорының жанындағы кілт файлы (атауы .keys деп аяқталады) жоқ: онсыз дерекқорды ашуға да, сақтық көшірмесін жасауға да болмайды. Файлды көшірмеден қайта орнына қойыңыз немесе әкімшіден сақтық көшірмені қалпына келтіруді не мекеменің қалпына келтіру кілтін пайдалануды сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="114"/>
        <source>The workbook&apos;s file name does not follow the package&apos;s name.</source>
        <translation>Жұмыс кітабының файл атауы пакет атауына сәйкес емес.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="117"/>
        <source>The workbook&apos;s size differs from the manifest: it was changed after export.</source>
        <translation>Жұмыс кітабының өлшемі манифесттегіден өзгеше: ол экспорттан кейін өзгертілген.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="120"/>
        <source>The workbook&apos;s checksum differs from the manifest: it was changed after export.</source>
        <translation>Жұмыс кітабының бақылау сомасы манифесттегіден өзгеше: ол экспорттан кейін өзгертілген.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="124"/>
        <source>A sheet of the report is missing.</source>
        <translation>Есептің бір парағы жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="125"/>
        <source>The workbook holds a sheet the format does not know.</source>
        <translation>Жұмыс кітабында формат білмейтін парақ бар.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="128"/>
        <source>The sheet&apos;s row count differs from the manifest.</source>
        <translation>Парақтың жол саны манифесттегіден өзгеше.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="131"/>
        <source>A cell holds what looks like an IIN: reports carry no personal data.</source>
        <translation>Ұяшықта ЖСН-ге ұқсас мән бар: есептерде дербес деректер болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="135"/>
        <source>The row of column numbers (1, 2, 3…) is missing or wrong.</source>
        <translation>Баған нөмірлерінің жолы (1, 2, 3…) жоқ немесе қате.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="138"/>
        <source>There is no header row above the column numbers.</source>
        <translation>Баған нөмірлерінің үстінде тақырып жолы жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="139"/>
        <source>A column header differs from the format.</source>
        <translation>Баған тақырыбы форматтан өзгеше.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="140"/>
        <source>Cells are filled beyond the table&apos;s last column.</source>
        <translation>Кестенің соңғы бағанынан кейінгі ұяшықтар толтырылған.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="143"/>
        <source>A cell holds a value of the wrong kind.</source>
        <translation>Ұяшықтағы мәннің түрі қате.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="144"/>
        <source>A required cell is empty.</source>
        <translation>Міндетті ұяшық бос.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="145"/>
        <source>The same code is on two rows.</source>
        <translation>Бір код екі жолда тұр.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="146"/>
        <source>A count is negative.</source>
        <translation>Сан теріс.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="147"/>
        <source>A count is implausibly large.</source>
        <translation>Сан сенгісіз үлкен.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="148"/>
        <source>The table does not end with a total row.</source>
        <translation>Кесте жиынтық жолмен аяқталмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="149"/>
        <source>The total row names the wrong KATO code.</source>
        <translation>Жиынтық жолда ӘАОЖ коды қате.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="150"/>
        <source>A total differs from the sum of the rows above it.</source>
        <translation>Жиынтық жоғарыдағы жолдардың қосындысынан өзгеше.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="153"/>
        <source>The total row&apos;s share is not computed from its totals.</source>
        <translation>Жиынтық жолдағы үлес оның жиынтықтарынан есептелмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="156"/>
        <source>The row&apos;s KATO code is neither this office nor one of its sub-offices.</source>
        <translation>Жолдағы ӘАОЖ коды осы мекеменің де, оның бағынысты мекемелерінің де коды емес.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="160"/>
        <source>Passported ≤ subject to passportization ≤ objects does not hold.</source>
        <translation>Паспортталды ≤ паспорттауға жатады ≤ нысандар шарты орындалмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="163"/>
        <location filename="../../ui/package_messages.py" line="172"/>
        <source>Adapted ≤ requiring adaptation ≤ passported does not hold.</source>
        <translation>Бейімделді ≤ бейімдеуді қажет етеді ≤ паспортталды шарты орындалмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="166"/>
        <source>The accessible share is not computed by the rule of the format.</source>
        <translation>Қолжетімді үлес формат ережесі бойынша есептелмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="169"/>
        <source>Objects accessible to a category exceed the passported objects.</source>
        <translation>Санатқа қолжетімді нысандар паспортталған нысандардан көп.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="175"/>
        <source>The KATO code is not in this office&apos;s territory.</source>
        <translation>ӘАОЖ коды осы мекеменің аумағында емес.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="176"/>
        <source>The passport date is missing or after the period&apos;s end.</source>
        <translation>Паспорт күні жоқ немесе кезең аяқталғаннан кейін.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="179"/>
        <source>An accessibility status is not a known code.</source>
        <translation>Қолжетімділік мәртебесі белгілі код емес.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="180"/>
        <source>Requires adaptation is neither 1 nor 0.</source>
        <translation>«Бейімдеуді қажет етеді» мәні 1 де, 0 де емес.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="181"/>
        <source>An adapted date is given without requires adaptation 1, or after the period&apos;s end.</source>
        <translation>Бейімделу күні «бейімдеуді қажет етеді» 1 болмаса да берілген немесе кезең аяқталғаннан кейін.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="185"/>
        <source>Open at the end ≠ open at the start + opened − closed.</source>
        <translation>Соңындағы ашық ≠ басындағы ашық + ашылған − жабылған.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="188"/>
        <source>Children with a disability exceed the children in the cases.</source>
        <translation>Мүгедектігі бар балалар істердегі балалардан көп.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="191"/>
        <source>Overdue cases exceed the open cases.</source>
        <translation>Мерзімі өткен істер ашық істерден көп.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="193"/>
        <source>A breakdown does not add up to the figure of A1 or B1 it breaks down.</source>
        <translation>Бөлініс өзі бөлетін A1 немесе B1 көрсеткішіне қосылмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="196"/>
        <source>A breakdown row has a code outside its groups.</source>
        <translation>Бөліністің жолында оның топтарына жатпайтын код бар.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="197"/>
        <source>A ratio is not computed from its counts by the rule of the format.</source>
        <translation>Арақатынас пішім ережесі бойынша өз сандарынан есептелмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="202"/>
        <source>The package breaks the rule {rule}.</source>
        <translation>Пакет {rule} ережесін бұзады.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>m</source>
        <comment>unit: metres</comment>
        <translation>м</translation>
    </message>
    <message>
        <location filename="../../ui/passport_messages.py" line="10"/>
        <source>A re-inspection should say why it was made: choose the reason.</source>
        <translation>Қайта тексеру неге жүргізілгенін көрсетуі керек: себебін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/passport_messages.py" line="13"/>
        <source>A first passport is not a re-inspection: leave the reason empty.</source>
        <translation>Алғашқы паспорт қайта тексеру емес: себебін бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/passport_messages.py" line="16"/>
        <source>The route has no level differences, yet they are marked as fitted: check both answers.</source>
        <translation>Жолда деңгей айырмашылықтары жоқ, бірақ олар жабдықталған деп белгіленген: екі жауапты да тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/passport_messages.py" line="20"/>
        <source>The works cannot end before they start: check the period.</source>
        <translation>Жұмыстар басталмай тұрып аяқтала алмайды: мерзімді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/passport_messages.py" line="23"/>
        <source>Check the date: it is before {year}.</source>
        <translation>Күнді тексеріңіз: ол {year} жылдан ерте.</translation>
    </message>
    <message>
        <location filename="../../ui/passport_messages.py" line="24"/>
        <source>An expected status ДП-И or ДЧ-И names its categories: tick at least one.</source>
        <translation>ДП-И немесе ДЧ-И күтілетін мәртебесі өз санаттарын атайды: кемінде біреуін белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/passport_messages.py" line="28"/>
        <source>Only an expected status ДП-И, ДЧ-И or ДУ names categories: clear the ticks.</source>
        <translation>Санаттарды тек ДП-И, ДЧ-И немесе ДУ күтілетін мәртебесі атайды: белгілерді алып тастаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/passport_messages.py" line="32"/>
        <source>This date is after the passport (decision) date: the questionnaire and the act come before the decision.</source>
        <translation>Бұл күн паспорт (шешім) күнінен кейін: сауалнама мен акт шешімнен бұрын жасалады.</translation>
    </message>
</context>
<context>
    <name>MoneyEntryDialog</name>
    <message>
        <location filename="../../ui/families/money_tab.py" line="111"/>
        <source>Income</source>
        <extracomment>(person id, name) of the family&apos;s members, read when a row is shown or edited.</extracomment>
        <translation>Табыс</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="111"/>
        <source>New income</source>
        <translation>Жаңа табыс</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="113"/>
        <source>Benefit</source>
        <translation>Жәрдемақы</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="113"/>
        <source>New benefit</source>
        <translation>Жаңа жәрдемақы</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="118"/>
        <source>The whole family</source>
        <translation>Бүкіл отбасы</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="130"/>
        <source>&amp;Source:</source>
        <translation>&amp;Көзі:</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="131"/>
        <location filename="../../ui/families/money_tab.py" line="135"/>
        <source>&amp;Member:</source>
        <translation>Отбасы &amp;мүшесі:</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="132"/>
        <source>&amp;Tenge a month:</source>
        <translation>Айына &amp;теңге:</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="134"/>
        <source>&amp;Benefit:</source>
        <translation>&amp;Жәрдемақы:</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="136"/>
        <source>&amp;Amount in МРП:</source>
        <translation>АЕК-пен &amp;сома:</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="137"/>
        <source>МРП of the &amp;year:</source>
        <translation>АЕК ж&amp;ылы:</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="138"/>
        <source>S&amp;ince:</source>
        <translation>&amp;Басталуы:</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="139"/>
        <source>&amp;Until (last day):</source>
        <translation>&amp;Аяқталуы (соңғы күні):</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="140"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="171"/>
        <source>Type the amount, e.g. 90000 or 16,03.</source>
        <translation>Соманы енгізіңіз, мысалы 90000 немесе 16,03.</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="177"/>
        <source>Type the date as dd.mm.yyyy, or leave it empty.</source>
        <translation>Күнді кк.аа.жжжж түрінде енгізіңіз немесе бос қалдырыңыз.</translation>
    </message>
</context>
<context>
    <name>MoneyTab</name>
    <message>
        <location filename="../../ui/families/money_tab.py" line="248"/>
        <location filename="../../ui/families/money_tab.py" line="252"/>
        <source>Member</source>
        <extracomment>The entry dialog open (tests drive it).</extracomment>
        <translation>Отбасы мүшесі</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="248"/>
        <source>Source</source>
        <translation>Көзі</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="248"/>
        <source>Tenge a month</source>
        <translation>Айына теңге</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="248"/>
        <location filename="../../ui/families/money_tab.py" line="257"/>
        <source>Period</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="253"/>
        <source>Benefit</source>
        <translation>Жәрдемақы</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="254"/>
        <source>МРП</source>
        <translation>АЕК</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="255"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="256"/>
        <source>Tenge</source>
        <translation>Теңге</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="280"/>
        <source>Add income...</source>
        <translation>Табыс қосу...</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="281"/>
        <location filename="../../ui/families/money_tab.py" line="290"/>
        <source>Edit...</source>
        <translation>Өзгерту...</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="282"/>
        <location filename="../../ui/families/money_tab.py" line="291"/>
        <location filename="../../ui/families/money_tab.py" line="495"/>
        <location filename="../../ui/families/money_tab.py" line="497"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="289"/>
        <source>Add benefit...</source>
        <translation>Жәрдемақы қосу...</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="295"/>
        <source>Incomes</source>
        <translation>Табыстар</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="296"/>
        <source>Benefits received</source>
        <translation>Алынатын жәрдемақылар</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="326"/>
        <source>the whole family</source>
        <translation>бүкіл отбасы</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="343"/>
        <source>Save the family first: then its incomes and benefits are recorded here.</source>
        <translation>Алдымен отбасын сақтаңыз: содан кейін оның табыстары мен жәрдемақылары осында жазылады.</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="368"/>
        <source>no МРП for {year}</source>
        <translation>{year} жылға АЕК жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="371"/>
        <source>{amount} once</source>
        <translation>{amount} бір рет</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="371"/>
        <source>{amount} a month</source>
        <translation>айына {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="388"/>
        <source>Per-capita income on {day}: not known.</source>
        <translation>{day} күнгі жан басына шаққандағы табыс: белгісіз.</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="392"/>
        <source>declared</source>
        <translation>мәлімделген</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="392"/>
        <source>computed</source>
        <translation>есептелген</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="394"/>
        <source>Per-capita income on {day}: {amount} tenge a month ({source}; {members} current members).</source>
        <translation>{day} күнгі жан басына шаққандағы табыс: айына {amount} теңге ({source}; қазір {members} отбасы мүшесі).</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="403"/>
        <source>Poverty line for {year}, quarter {quarter}: not set.</source>
        <translation>{year} жылдың {quarter}-тоқсанына кедейлік шегі: белгіленбеген.</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="408"/>
        <source>every region</source>
        <translation>барлық облыстар</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="410"/>
        <source>Poverty line applied: {amount} tenge, {year}, quarter {quarter}, {region}; basis: {basis}.</source>
        <translation>Қолданылған кедейлік шегі: {amount} теңге, {year} жыл, {quarter}-тоқсан, {region}; негізі: {basis}.</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="420"/>
        <source>Targeted social assistance: Estimate, not a decision.</source>
        <translation>Атаулы әлеуметтік көмек: болжамды есеп, шешім емес.</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="425"/>
        <source>The per-capita income is not below the poverty line: no assistance is estimated.</source>
        <translation>Жан басына шаққандағы табыс кедейлік шегінен төмен емес: көмек есептелмейді.</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="430"/>
        <source>({line} − {income}) × {members} members = {base} a month; {children} children aged 1-6 × 1.5 МРП ({mrp}) = {extra} a month; {monthly} a month × {months} months = {total} tenge for the quarter.</source>
        <translation>({line} − {income}) × {members} отбасы мүшесі = айына {base}; 1–6 жастағы {children} бала × 1,5 АЕК ({mrp}) = айына {extra}; айына {monthly} × {months} ай = тоқсанға {total} теңге.</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="496"/>
        <source>Remove this entry? The family&apos;s history keeps that it was removed.</source>
        <translation>Бұл жазбаны жою керек пе? Отбасы тарихында оның жойылғаны сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="498"/>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../ui/accounts/password_dialog.py" line="121"/>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/password_dialog.py" line="122"/>
        <source>&amp;Repeat the new password:</source>
        <translation>Жаңа құпиясөзді &amp;қайталаңыз:</translation>
    </message>
</context>
<context>
    <name>NormRulesDialog</name>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="101"/>
        <source>Norm rules</source>
        <translation>Нормативтік ережелер</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="123"/>
        <source>Thresholds of the building-norm checks (brief §2.8). A change puts a new edition in force for new measurements; a value already stored keeps the verdict and edition it was checked against. A breach is evidence for the commission and never blocks a passport.</source>
        <translation>Құрылыс нормаларын тексерудің шекті мәндері. Өзгеріс жаңа өлшемдер үшін жаңа басылымды күшіне енгізеді; бұрын сақталған мән өзі тексерілген қорытынды мен басылымды сақтайды. Нормадан ауытқу комиссия үшін дәлел болып табылады және паспортты ешқашан бұғаттамайды.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="132"/>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="133"/>
        <source>Zones</source>
        <translation>Аймақтар</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="134"/>
        <source>Element</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="135"/>
        <source>Measured</source>
        <translation>Не өлшенеді</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="136"/>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="147"/>
        <source>Norm</source>
        <translation>Норма</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="137"/>
        <source>Document, clause</source>
        <translation>Құжат, тармақ</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="138"/>
        <source>Categories</source>
        <translation>Санаттар</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="139"/>
        <source>Severity</source>
        <translation>Маңыздылығы</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="140"/>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="147"/>
        <source>Edition</source>
        <translation>Басылым</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="147"/>
        <source>Made</source>
        <translation>Енгізілді</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="147"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="147"/>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="149"/>
        <source>&amp;Change threshold...</source>
        <translation>Шекті мәнді &amp;өзгерту...</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="151"/>
        <source>&amp;Add rule...</source>
        <translation>Ереже &amp;қосу...</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="153"/>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="239"/>
        <source>&amp;Retire</source>
        <translation>&amp;Күшін жою</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="194"/>
        <source>{title} (retired)</source>
        <translation>{title} (күші жойылған)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="239"/>
        <source>Re&amp;activate</source>
        <translation>Қайта қ&amp;олдану</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="241"/>
        <source>{code}: {condition}</source>
        <translation>{code}: {condition}</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="243"/>
        <source>no condition</source>
        <translation>шарты жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="59"/>
        <source>slope</source>
        <translation>еңіс</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="60"/>
        <source>width</source>
        <translation>ені</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="61"/>
        <source>depth</source>
        <translation>тереңдігі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="62"/>
        <source>length</source>
        <translation>ұзындығы</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="63"/>
        <source>height</source>
        <translation>биіктігі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="64"/>
        <source>diameter</source>
        <translation>диаметрі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="65"/>
        <source>share</source>
        <translation>үлесі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="66"/>
        <source>count</source>
        <translation>саны</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="67"/>
        <source>present (1 yes, 0 no)</source>
        <translation>бар-жоғы (1 иә, 0 жоқ)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="74"/>
        <source>mandatory norm</source>
        <translation>міндетті норма</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="74"/>
        <source>to confirm</source>
        <translation>нақтылау керек</translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="166"/>
        <source>Editions of the selected rule</source>
        <translation>Таңдалған ереженің басылымдары</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <location filename="../../ui/objects/passport/notes.py" line="32"/>
        <source>Date of the questionnaire</source>
        <translation>Сауалнама күні</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/notes.py" line="34"/>
        <source>Date of the inspection act</source>
        <translation>Тексеру актісінің күні</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/notes.py" line="36"/>
        <source>Date of the commission decision</source>
        <translation>Комиссия шешімінің күні</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/notes.py" line="38"/>
        <source>Special notes</source>
        <translation>Ерекше белгілер</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/notes.py" line="39"/>
        <source>Date of the &amp;questionnaire:</source>
        <translation>Сауал&amp;нама күні:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/notes.py" line="40"/>
        <source>Date of the inspection &amp;act:</source>
        <translation>Тексеру &amp;актісінің күні:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/notes.py" line="42"/>
        <source>Date of the commission decision (the passport date):</source>
        <translation>Комиссия шешімінің күні (паспорт күні):</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/notes.py" line="45"/>
        <source>Special &amp;notes:</source>
        <translation>Ерекше &amp;белгілер:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/notes.py" line="52"/>
        <source>&amp;5 Special notes</source>
        <translation>&amp;5 Ерекше белгілер</translation>
    </message>
</context>
<context>
    <name>ObjectDetailPanel</name>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="61"/>
        <source>Type:</source>
        <extracomment>The passport id of a version item.</extracomment>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="62"/>
        <source>Settlement:</source>
        <translation>Елді мекен:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="63"/>
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="64"/>
        <source>Owner:</source>
        <translation>Иесі:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="67"/>
        <source>Press Enter to open a version; older versions open read-only.</source>
        <translation>Нұсқаны ашу үшін Enter пернесін басыңыз; ескі нұсқалар тек оқу үшін ашылады.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="69"/>
        <source>&amp;Passport versions:</source>
        <translation>&amp;Паспорт нұсқалары:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="82"/>
        <source>State control... (Ctrl+Shift+K) opens the list</source>
        <translation>Мемлекеттік бақылау... (Ctrl+Shift+K) тізімді ашады</translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="89"/>
        <source>State control:</source>
        <translation>Мемлекеттік бақылау:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="101"/>
        <source>No inspections recorded</source>
        <translation>Тексерулер жазылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="118"/>
        <source>No object selected</source>
        <translation>Нысан таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="136"/>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="138"/>
        <source>Version {n} of {date} (current)</source>
        <translation>{n}-нұсқа, {date} (ағымдағы)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="140"/>
        <source>Version {n} of {date}</source>
        <translation>{n}-нұсқа, {date}</translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="145"/>
        <source>No passport yet</source>
        <translation>Паспорт әлі жоқ</translation>
    </message>
</context>
<context>
    <name>ObjectDialog</name>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="73"/>
        <source>New object</source>
        <extracomment>Fields a package reads of an object (type, passportization and its dates): read-only while an approved period covers the object.</extracomment>
        <translation>Жаңа нысан</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="73"/>
        <source>Object</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="117"/>
        <source>Passport versions:</source>
        <translation>Паспорт нұсқалары:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="133"/>
        <source>A passport or adaptation of this object is dated {date}, before its registration date: the object was already in the register then.</source>
        <translation>Бұл нысанның паспорты немесе бейімдеуі {date} күнімен, тіркелген күнінен бұрын жазылған: нысан ол кезде тізілімде болған.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="138"/>
        <source>&amp;Move the registration date back to {date}</source>
        <translation>Тіркелген күнін {date} күніне ауыстыр&amp;у</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="153"/>
        <source>Version {version}, passport of {date}</source>
        <translation>{version}-нұсқа, {date} паспорты</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="155"/>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="159"/>
        <source>No passport yet.</source>
        <translation>Паспорт әлі жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="193"/>
        <source>The object could not be saved: the store refused the change. Your entries are still here; try again, or ask your administrator.</source>
        <translation>Нысан сақталмады: дерекқор өзгерісті қабылдамады. Енгізгендеріңіз осында сақталып тұр; қайталап көріңіз немесе әкімшіге хабарласыңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/objects/object_dialog.py" line="206"/>
        <source>%n field(s) need correcting before the object can be saved.</source>
        <translation>
            <numerusform>Нысанды сақтау үшін %n өрісті түзету қажет.</numerusform>
            <numerusform>Нысанды сақтау үшін %n өрісті түзету қажет.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="212"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="212"/>
        <source>Discard the changes to this object?</source>
        <translation>Осы нысандағы өзгерістерден бас тартасыз ба?</translation>
    </message>
</context>
<context>
    <name>ObjectForm</name>
    <message>
        <location filename="../../ui/objects/object_form.py" line="154"/>
        <source>12 digits</source>
        <extracomment>Kept importable from here for code written before :mod:`ui.widgets.field_errors` existed. Passport §1 fields on the object (issue 12, ``ObjectDraft.general``), in form order: they sit on the form&apos;s second tab. The code list of each coded §1 field. Field names in form (and Tab) order, as used by :class:`~models.issues.Issue`.</extracomment>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="166"/>
        <source>Residential or long-stay (e.g. boarding)</source>
        <translation>Тұрғылықты немесе ұзақ мерзімді болу (мысалы, интернат)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="167"/>
        <source>Subject to passportization</source>
        <translation>Паспорттауға жатады</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="174"/>
        <source>Not open to the public</source>
        <translation>Халыққа ашық емес</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="175"/>
        <source>Closed or mothballed</source>
        <translation>Жабылған немесе консервацияланған</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="176"/>
        <source>Due for demolition</source>
        <translation>Бұзылуға жатады</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="177"/>
        <source>Duplicate of another record</source>
        <translation>Басқа жазбаның қайталануы</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="183"/>
        <source>Choose or type the reason</source>
        <translation>Себебін таңдаңыз немесе жазыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="207"/>
        <source>&amp;Name:</source>
        <extracomment>Field name -&gt; the widget to focus and frame.</extracomment>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="208"/>
        <source>Object &amp;type:</source>
        <translation>Нысан &amp;түрі:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="209"/>
        <source>&amp;Settlement (KATO):</source>
        <translation>&amp;Елді мекен (ӘАОЖ):</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="210"/>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="211"/>
        <source>&amp;Owner (organisation):</source>
        <translation>&amp;Иесі (ұйым):</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="212"/>
        <source>Owner &amp;BIN:</source>
        <translation>Иесінің &amp;БСН:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="213"/>
        <source>Res&amp;ponsible body:</source>
        <translation>&amp;Жауапты орган:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="214"/>
        <source>&amp;Floors:</source>
        <translation>&amp;Қабат саны:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="215"/>
        <source>&amp;Year built:</source>
        <translation>&amp;Салынған жылы:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="218"/>
        <source>E&amp;xclusion reason:</source>
        <translation>&amp;Шығару себебі:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="219"/>
        <source>Exclusion &amp;date:</source>
        <translation>Шығарылған &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="220"/>
        <source>&amp;Registered on:</source>
        <translation>Ті&amp;ркелген күні:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="238"/>
        <source>&amp;1 Register</source>
        <translation>&amp;1 Тізілім</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="239"/>
        <source>&amp;2 Passport §1 General information</source>
        <translation>&amp;2 Паспорт §1 Жалпы мәліметтер</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="344"/>
        <location filename="../../ui/objects/object_form.py" line="349"/>
        <source>not recorded</source>
        <translation>жазылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="350"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="350"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="369"/>
        <source>Planned current or capital repairs: kind and year</source>
        <translation>Жоспарланған ағымдағы немесе күрделі жөндеу: түрі және жылы</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="376"/>
        <source>Bui&amp;lding:</source>
        <translation>&amp;Ғимарат:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="377"/>
        <source>Floor ar&amp;ea, m²:</source>
        <translation>Ау&amp;даны, м²:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="378"/>
        <source>Adjacent &amp;plot:</source>
        <translation>Іргелес у&amp;часке:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="379"/>
        <source>Plot area, m²:</source>
        <translation>Учаске ауданы, м²:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="380"/>
        <source>Last &amp;capital repair (year):</source>
        <translation>С&amp;оңғы күрделі жөндеу (жылы):</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="381"/>
        <source>Planned repai&amp;rs:</source>
        <translation>Жоспарланған жө&amp;ндеу:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="382"/>
        <source>Le&amp;gal address of the organisation:</source>
        <translation>Ұйымның за&amp;ңды мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="383"/>
        <source>Basis of &amp;use:</source>
        <translation>Пайдалану негі&amp;зі:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="384"/>
        <source>O&amp;wnership:</source>
        <translation>Менш&amp;ік нысаны:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="385"/>
        <source>Territorial le&amp;vel:</source>
        <translation>Аумақтық дең&amp;гейі:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="386"/>
        <source>&amp;Higher body:</source>
        <translation>Жоғар&amp;ы тұрған орган:</translation>
    </message>
</context>
<context>
    <name>ObjectTableModel</name>
    <message>
        <location filename="../../ui/objects/table_model.py" line="259"/>
        <source>Status for: {category}</source>
        <extracomment>Rows fetched per keyset page. One status column per user category, in :data:`models.objects.tables.CATEGORIES` order (К О С Г У). Column -&gt; sort key of :data:`models.objects.repository.SORT_KEYS`. Light background hints per status level (text stays black, so contrast holds). The :class:`models.objects.dto.ObjectRow` of a row (any column).</extracomment>
        <translation>Мәртебе, санат: {category}</translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="299"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="300"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="301"/>
        <source>Settlement</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="302"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="303"/>
        <source>Owner</source>
        <translation>Иесі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="304"/>
        <source>Passport date</source>
        <translation>Паспорт күні</translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="305"/>
        <source>Requires adaptation</source>
        <translation>Бейімдеуді талап етеді</translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="306"/>
        <source>Adapted</source>
        <translation>Бейімделді</translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="325"/>
        <source>excluded</source>
        <translation>шығарылған</translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="330"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="330"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="342"/>
        <source>{category}: no passport status</source>
        <translation>{category}: паспорт бойынша мәртебе жоқ</translation>
    </message>
</context>
<context>
    <name>ObjectsPage</name>
    <message>
        <location filename="../../ui/objects/page.py" line="134"/>
        <source>Register actions</source>
        <extracomment>Typing pauses this long before the search runs, so each keystroke does not query. After saving, look this many extra pages ahead for the saved object to select it. A viewer&apos;s register: passports open read-only, nothing is added or changed.</extracomment>
        <translation>Тізілім бойынша әрекеттер</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="221"/>
        <source>&amp;New object...</source>
        <translation>&amp;Жаңа нысан...</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="224"/>
        <source>Add an object to the register (Ctrl+N)</source>
        <translation>Тізілімге нысан қосу (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="228"/>
        <source>&amp;Open object...</source>
        <translation>Нысанды &amp;ашу...</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="230"/>
        <source>Open the selected object (Enter)</source>
        <translation>Таңдалған нысанды ашу (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="233"/>
        <source>&amp;Passport...</source>
        <translation>&amp;Паспорт...</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="236"/>
        <source>Open the current passport, or start the first one (F4)</source>
        <translation>Ағымдағы паспортты ашу немесе алғашқысын бастау (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="239"/>
        <source>&amp;Re-inspection...</source>
        <translation>&amp;Қайта тексеру...</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="242"/>
        <source>Start a new passport version based on the current one (Shift+F4)</source>
        <translation>Ағымдағы паспорт негізінде жаңа нұсқаны бастау (Shift+F4)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="245"/>
        <source>Record &amp;adaptation done...</source>
        <translation>&amp;Бейімдеу орындалды...</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="248"/>
        <source>Record that the adaptation works are completed (F6)</source>
        <translation>Бейімдеу жұмыстарының аяқталғанын тіркеу (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="251"/>
        <source>P&amp;rint passport...</source>
        <translation>Паспортты басып &amp;шығару...</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="254"/>
        <source>Preview and print the current passport (Ctrl+P)</source>
        <translation>Ағымдағы паспортты алдын ала қарау және басып шығару (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="258"/>
        <source>Print &amp;blank passport...</source>
        <translation>Паспорт б&amp;ланкін басып шығару...</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="262"/>
        <source>Print the object&apos;s passport form to fill in by hand: the general information from the register, the rest blank (Ctrl+Shift+P)</source>
        <translation>Қолмен толтыруға арналған нысан паспортының бланкін басып шығару: жалпы мәліметтер тізілімнен алынады, қалғаны бос (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="267"/>
        <source>Print inspection chec&amp;klist...</source>
        <translation>Тексеру парағын басып шы&amp;ғару...</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="271"/>
        <source>Print each zone&apos;s typical elements and norm checks with their thresholds, to fill in at the object (Ctrl+Shift+I)</source>
        <translation>Әр аймақтың типтік элементтері мен нормаларды тексеруді шекті мәндерімен басып шығару, нысанда толтыру үшін (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="276"/>
        <source>Re&amp;fresh</source>
        <translation>Жаңар&amp;ту</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="279"/>
        <source>Reload the register (F5)</source>
        <translation>Тізілімді қайта жүктеу (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="282"/>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="285"/>
        <source>&amp;Clear filters</source>
        <translation>Сүзгілерді та&amp;залау</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="288"/>
        <source>Show every object again (Ctrl+Shift+L)</source>
        <translation>Барлық нысандарды қайта көрсету (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="302"/>
        <source>Search name or address (Ctrl+F)</source>
        <translation>Атауы немесе мекенжайы бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="309"/>
        <source>All types</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="316"/>
        <source>Any passport state</source>
        <translation>Паспорттың кез келген күйі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="317"/>
        <source>Passported</source>
        <translation>Паспортталды</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="318"/>
        <source>Not passported</source>
        <translation>Паспортталмаған</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="319"/>
        <source>Excluded</source>
        <translation>Шығарылған</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="320"/>
        <location filename="../../ui/objects/page.py" line="574"/>
        <source>Re-inspection due</source>
        <translation>Қайта тексеру мерзімі келген</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="326"/>
        <source>Any status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="327"/>
        <source>Accessible ({codes})</source>
        <translation>Қолжетімді ({codes})</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="336"/>
        <source>Any category</source>
        <translation>Кез келген санат</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="341"/>
        <source>Any</source>
        <translation>Кез келген</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="342"/>
        <source>Yes, not yet adapted</source>
        <translation>Иә, әлі бейімделмеген</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="343"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="357"/>
        <source>&amp;Search:</source>
        <translation>Із&amp;деу:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="367"/>
        <source>&amp;Type:</source>
        <translation>Тү&amp;рі:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="368"/>
        <source>Se&amp;ttlement:</source>
        <translation>&amp;Елді мекен:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="369"/>
        <source>Pa&amp;ssport:</source>
        <translation>Па&amp;спорт:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="370"/>
        <source>Stat&amp;us:</source>
        <translation>&amp;Мәртебе:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="370"/>
        <source>f&amp;or:</source>
        <translation>са&amp;нат:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="371"/>
        <source>Needs a&amp;daptation:</source>
        <translation>Бейімде&amp;у қажет:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="390"/>
        <source>All settlements</source>
        <translation>Барлық елді мекендер</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="422"/>
        <source>Add an object (Ctrl+N)</source>
        <translation>Нысан қосу (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="424"/>
        <source>No object matches the filters.</source>
        <translation>Сүзгілерге сәйкес нысан жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="427"/>
        <source>Clear filters</source>
        <translation>Сүзгілерді тазалау</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="431"/>
        <source>The register is empty: an editor imports or adds the objects.</source>
        <translation>Тізілім бос: нысандарды өңдеу құқығы бар маман импорттайды немесе қосады.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="433"/>
        <source>The register is empty. Start by importing the object registry from its workbook, or add the objects one by one.</source>
        <translation>Тізілім бос. Алдымен нысандар тізілімін оның Excel кітабынан импорттаңыз немесе нысандарды бір-бірлеп қосыңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/objects/page.py" line="569"/>
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n нысан</numerusform>
            <numerusform>%n нысан</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../ui/office_dialog.py" line="64"/>
        <source>Set up the office</source>
        <translation>Мекемені баптау</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="67"/>
        <source>Qoldau needs to know which office this computer works for.</source>
        <translation>Qoldau бұл компьютердің қай мекеме үшін жұмыс істейтінін білуі керек.</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="75"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="76"/>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="77"/>
        <source>Republic</source>
        <translation>Республика</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="83"/>
        <source>&amp;KATO code:</source>
        <translation>&amp;ӘАОЖ коды:</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="84"/>
        <source>&amp;Level:</source>
        <translation>&amp;Деңгейі:</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="85"/>
        <source>Name in &amp;Kazakh:</source>
        <translation>Атауы &amp;қазақша:</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="86"/>
        <source>Name in &amp;Russian:</source>
        <translation>Атауы &amp;орысша:</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="87"/>
        <source>&amp;Administrator login:</source>
        <translation>Әкімшінің &amp;логині:</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="90"/>
        <source>Administrator &amp;password:</source>
        <translation>Әкімшінің &amp;құпиясөзі:</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="91"/>
        <source>Re&amp;peat the password:</source>
        <translation>Құпиясөзді қа&amp;йталаңыз:</translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="125"/>
        <source>Check the office: a 9-digit KATO code matching the level (a district ends in 00000, a region in 0000000, the republic is 000000000), both names and an administrator login.</source>
        <translation>Мекемені тексеріңіз: деңгейге сәйкес 9 цифрлы ӘАОЖ коды (аудан коды 00000-мен, облыс коды 0000000-мен аяқталады, республика коды — 000000000), екі атауы және әкімшінің логині.</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="90"/>
        <source>Office settings</source>
        <extracomment>The plan-limit spin box&apos;s value that means &quot;no limit&quot; (as on the cases page).</extracomment>
        <translation>Мекеменің баптаулары</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="93"/>
        <source>&amp;General</source>
        <translation>&amp;Жалпы</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="94"/>
        <source>&amp;Typical elements</source>
        <translation>Ти&amp;птік элементтер</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="101"/>
        <source>&amp;History... (Ctrl+H)</source>
        <translation>&amp;Тарих... (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="120"/>
        <source>SANITARY is a core zone for residential and long-stay &amp;objects</source>
        <translation>Санитарлық үй-жайлар — тұрғын және ұзақ болу &amp;нысандарының негізгі аймағы</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="123"/>
        <source> years</source>
        <translation> жыл</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="124"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="125"/>
        <source> minors</source>
        <translation> кәмелетке толмаған</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="127"/>
        <location filename="../../ui/office_settings_dialog.py" line="129"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="128"/>
        <source>no limit</source>
        <translation>шектеусіз</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="133"/>
        <source>&amp;Re-inspection interval:</source>
        <translation>&amp;Қайта тексеру аралығы:</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="136"/>
        <source>Large &amp;family from:</source>
        <translation>&amp;Көпбалалы отбасы:</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="139"/>
        <source>&amp;Plan due after identification:</source>
        <translation>Анықталғаннан кейін жоспар &amp;мерзімі:</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="142"/>
        <source>Re&amp;launch after:</source>
        <translation>Қайта қосу мер&amp;зімі:</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="147"/>
        <source>No re-inspection interval and no time limit between case stages is official: none is the default, an office may choose one. A passport older than the interval is on the re-inspection due list. A large family has at least this many cohabiting minors. Every change is recorded (History...).</source>
        <translation>Қайта тексерудің ресми аралығы да, іс кезеңдері арасындағы ресми мерзім де жоқ: әдепкі бойынша олар белгіленбейді, мекеме өзі таңдай алады. Аралықтан ескі паспорт қайта тексеру мерзімі келгендер тізіміне түседі. Көпбалалы отбасында кемінде осынша бірге тұратын кәмелетке толмаған бала болады. Әр өзгеріс жазылады (Тарих...).</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="216"/>
        <source>&amp;Zone:</source>
        <translation>&amp;Аймақ:</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="223"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="223"/>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="223"/>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="223"/>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="225"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="234"/>
        <source>The zone&apos;s &amp;elements:</source>
        <translation>Аймақтың &amp;элементтері:</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="236"/>
        <location filename="../../ui/office_settings_dialog.py" line="298"/>
        <source>Ret&amp;ire</source>
        <translation>Қолданыстан &amp;шығару</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="242"/>
        <source>Name in &amp;Kazakh:</source>
        <translation>Қазақша ата&amp;уы:</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="243"/>
        <source>Name in R&amp;ussian:</source>
        <translation>&amp;Орысша атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="244"/>
        <source>Name in E&amp;nglish:</source>
        <translation>Ағ&amp;ылшынша атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="246"/>
        <source>&amp;Add element</source>
        <translation>Элемент қо&amp;су</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="255"/>
        <source>Added and retired elements are saved at once. A retired element is no longer offered in zone annexes; passports that hold it keep it.</source>
        <translation>Қосылған және қолданыстан шығарылған элементтер бірден сақталады. Қолданыстан шығарылған элемент аймақ қосымшаларында енді ұсынылмайды; оны қамтитын паспорттарда сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="278"/>
        <source>in use</source>
        <translation>қолданыста</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="278"/>
        <source>retired</source>
        <translation>қолданыстан шығарылған</translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="298"/>
        <source>Reacti&amp;vate</source>
        <translation>Қайта &amp;іске қосу</translation>
    </message>
</context>
<context>
    <name>OpinionForm</name>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="47"/>
        <source>&amp;Heard on:</source>
        <translation>&amp;Тыңдалған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="49"/>
        <source>The child&apos;s &amp;opinion:</source>
        <translation>Баланың &amp;пікірі:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="51"/>
        <source>Not heard:</source>
        <translation>Тыңдалмады:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="51"/>
        <source>The child could &amp;not be heard</source>
        <translation>Баланы тыңдау &amp;мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="53"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
</context>
<context>
    <name>OpinionPanel</name>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="191"/>
        <source>{name} ({age}): the child&apos;s opinion on this decision is not recorded; from age 10 it must be taken into account.</source>
        <extracomment>person id -&gt; the &quot;Record opinion&quot; button of a child whose opinion is missing.</extracomment>
        <translation>{name} ({age}): баланың осы шешім бойынша пікірі жазылмаған; 10 жастан бастап ол ескерілуге тиіс.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="196"/>
        <source>Record opinion...</source>
        <translation>Пікірді жазу...</translation>
    </message>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="203"/>
        <source>{name} could not be heard: {reason}</source>
        <translation>{name} тыңдалмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="210"/>
        <source>{name}: opinion heard on {date}.</source>
        <translation>{name}: пікір {date} тыңдалды.</translation>
    </message>
</context>
<context>
    <name>PassportDialog</name>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="83"/>
        <source>Accessibility passport, version {n}</source>
        <translation>Қолжетімділік паспорты, {n}-нұсқа</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="89"/>
        <source>Re-inspection: new passport version {n}</source>
        <translation>Қайта тексеру: паспорттың жаңа {n}-нұсқасы</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="107"/>
        <source>New accessibility passport</source>
        <translation>Жаңа қолжетімділік паспорты</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="125"/>
        <source>Version {n} of {m}, read-only.</source>
        <translation>{m} нұсқаның {n}-нұсқасы, тек оқу үшін.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="169"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="195"/>
        <source>The passport is dated before the object&apos;s registration date ({date}): the object was already in the register then.</source>
        <translation>Паспорт нысанның тіркелген күнінен ({date}) бұрын жасалған: нысан ол кезде тізілімде болған.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="200"/>
        <source>Move the object&apos;s &amp;registration date back to {date} when saving</source>
        <translation>Сақтағанда нысанның тіркелген күнін {date} күніне ау&amp;ыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="237"/>
        <location filename="../../ui/objects/passport_dialog.py" line="243"/>
        <source>Passport not saved</source>
        <translation>Паспорт сақталмады</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="245"/>
        <source>The store could not write the passport (it may be busy or read-only). Nothing was lost: the form stays open, try again.</source>
        <translation>Дерекқор паспортты жаза алмады (ол бос емес немесе тек оқуға арналған болуы мүмкін). Ештеңе жоғалған жоқ: пішін ашық қалады, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="257"/>
        <source>Discard changes?</source>
        <translation>Өзгерістерден бас тартасыз ба?</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="258"/>
        <source>The passport has unsaved changes. Close without saving?</source>
        <translation>Паспортта сақталмаған өзгерістер бар. Сақтамай жабасыз ба?</translation>
    </message>
</context>
<context>
    <name>PassportForm</name>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="251"/>
        <source>Problems</source>
        <translation>Қателер</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="252"/>
        <source>Press Enter on a problem to go to its field.</source>
        <translation>Қатенің өрісіне өту үшін оны таңдап, Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/general.py" line="35"/>
        <source>One member per line</source>
        <translation>Әр жолға комиссияның бір мүшесі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/general.py" line="38"/>
        <source>Passport &amp;number:</source>
        <translation>Паспорт &amp;нөмірі:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/general.py" line="42"/>
        <source>&amp;Inspection date:</source>
        <translation>&amp;Тексеру күні:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/general.py" line="46"/>
        <source>&amp;Passport (approval) date:</source>
        <translation>&amp;Паспорт (бекіту) күні:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/general.py" line="50"/>
        <source>Commission &amp;members:</source>
        <translation>Комиссия &amp;мүшелері:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="130"/>
        <source>Final &amp;conclusion:</source>
        <translation>Түпкілікті &amp;қорытынды:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="35"/>
        <source>3.3 Form of service per category</source>
        <translation>3.3 Санаттар бойынша қызмет көрсету нысаны</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="40"/>
        <source>all zones accessible</source>
        <translation>барлық аймақтар қолжетімді</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="41"/>
        <source>dedicated areas or rooms</source>
        <translation>бөлінген аймақтар немесе бөлмелер</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="45"/>
        <source>conditional: assistance, at home or remote</source>
        <translation>шартты: көмекпен, үйде немесе қашықтан</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="49"/>
        <source>not organised</source>
        <translation>ұйымдастырылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/pages.py" line="43"/>
        <source>Level per zone and category: Full, Partial, Conditional, None, or N/A when the zone is absent. Arrow keys change a level, Tab moves on.</source>
        <translation>Аймақ пен санат бойынша деңгей: Толық, Ішінара, Шартты, Жоқ немесе аймақ болмаса — Аймақ жоқ. Деңгейді көрсеткі пернелері өзгертеді, Tab келесі өріске өтеді.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/pages.py" line="67"/>
        <source>Measured values are checked against the norm rules; a breach is evidence for the commission and does not set a status by itself. Ctrl+Ins adds a row, Ctrl+Del removes the current one.</source>
        <translation>Өлшенген мәндер норма ережелерімен салыстырылады; бұзушылық комиссия үшін дәлел болады, бірақ мәртебені өздігінен белгілемейді. Ctrl+Ins жол қосады, Ctrl+Del ағымдағы жолды жояды.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="87"/>
        <source>Confirmed status: {cat}</source>
        <translation>Расталған мәртебе: {cat}</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="103"/>
        <source>Object code (confirmed):</source>
        <translation>Нысан коды (расталған):</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="107"/>
        <source>Object code (suggested):</source>
        <translation>Нысан коды (ұсынылған):</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="111"/>
        <source>Route from the stop (not counted):</source>
        <translation>Аялдамадан келетін жол (есептелмейді):</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="117"/>
        <source>Why the commission&apos;s status differs from the suggestion</source>
        <translation>Комиссия белгілеген мәртебенің ұсынылғаннан неге өзгеше екені</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="126"/>
        <source>Override &amp;note:</source>
        <translation>Айырмашылық себе&amp;бі:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/pages.py" line="100"/>
        <source>&amp;Requires adaptation</source>
        <translation>Бейімдеуді талап &amp;етеді</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/pages.py" line="104"/>
        <source>Adaptation done</source>
        <translation>Бейімдеу орындалды</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/pages.py" line="117"/>
        <source>&amp;Adapted on:</source>
        <translation>Бейімделген &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/pages.py" line="121"/>
        <source>Adaptation cost, ₸:</source>
        <translation>Бейімдеу құны, ₸:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/pages.py" line="125"/>
        <source>Alternative form of service:</source>
        <translation>Қызмет көрсетудің балама нысаны:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="215"/>
        <source>Sections of the passport</source>
        <extracomment>The code lists of the sections (issue 12), read once with the other labels. Codes hidden while typing until the first save attempt: a new form is not &quot;all wrong&quot;. Labels of the issue 12 code lists (``_SECTION_LISTS``) by list name. The photo annex&apos;s labels and its reader of stored pictures (None: no store).</extracomment>
        <translation>Паспорт бөлімдері</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="217"/>
        <source>Sections of the passport: Ctrl+PgDown and Ctrl+PgUp move between them.</source>
        <translation>Паспорт бөлімдері: Ctrl+PgDown және Ctrl+PgUp олардың арасында ауыстырады.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="226"/>
        <source>Header</source>
        <translation>Тақырып бөлігі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="227"/>
        <source>3.4 Zones</source>
        <translation>3.4 Аймақтар</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="228"/>
        <source>Measurements</source>
        <translation>Өлшеулер</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="229"/>
        <source>3.3-3.5 Status</source>
        <translation>3.3-3.5 Мәртебе</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="230"/>
        <source>4 Decision</source>
        <translation>4 Басқарушылық шешім</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="624"/>
        <source>Passport number</source>
        <translation>Паспорт нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="625"/>
        <source>Inspection date</source>
        <translation>Тексеру күні</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="626"/>
        <source>Passport date</source>
        <translation>Паспорт күні</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="627"/>
        <source>Override note</source>
        <translation>Айырмашылық себебі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="628"/>
        <source>Requires adaptation</source>
        <translation>Бейімдеуді талап етеді</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="629"/>
        <source>Adapted on</source>
        <translation>Бейімделген күні</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="630"/>
        <source>Adaptation cost</source>
        <translation>Бейімдеу құны</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="631"/>
        <source>Zones</source>
        <translation>Аймақтар</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="639"/>
        <source>Status {cat}</source>
        <translation>Мәртебе {cat}</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="641"/>
        <source>Measurement {n}</source>
        <translation>{n}-өлшем</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="643"/>
        <source>Work {n}</source>
        <translation>{n}-жұмыс</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="724"/>
        <source>N/A</source>
        <translation>Аймақ жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="726"/>
        <source>not assessed</source>
        <translation>бағаланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="69"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="70"/>
        <source>Suggested</source>
        <translation>Ұсынылғаны</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="71"/>
        <source>Confirmed status</source>
        <translation>Расталған мәртебе</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/pages.py" line="86"/>
        <source>4. Management decision</source>
        <translation>4. Басқарушылық шешім</translation>
    </message>
</context>
<context>
    <name>PassportPreviewDialog</name>
    <message>
        <location filename="../../ui/objects/prints/passport.py" line="142"/>
        <source>Print preview: {name}</source>
        <translation>Басып шығаруды алдын ала қарау: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/objects/prints/passport.py" line="146"/>
        <source>Save the passport as PDF</source>
        <translation>Паспортты PDF ретінде сақтау</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="164"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="165"/>
        <source>Choose the period to report. The last ended period is proposed.</source>
        <translation>Есеп беретін кезеңді таңдаңыз. Соңғы аяқталған кезең ұсынылады.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="62"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="63"/>
        <source>Half-year</source>
        <translation>Жартыжылдық</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="64"/>
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="65"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="66"/>
        <source>Academic year</source>
        <translation>Оқу жылы</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="67"/>
        <source>Years range</source>
        <translation>Жылдар аралығы</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="82"/>
        <source>&amp;Type:</source>
        <extracomment>The last year of a range (shown for ranges only; never before the first year).</extracomment>
        <translation>Тү&amp;рі:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="88"/>
        <source>T&amp;o:</source>
        <translation>Со&amp;ңғы жыл:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="160"/>
        <source>September to August (AY)</source>
        <translation>Қыркүйектен тамызға дейін (AY)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="163"/>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="86"/>
        <source>Pa&amp;rt:</source>
        <translation>&amp;Бөлігі:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="149"/>
        <source>First half (H1)</source>
        <translation>Бірінші жартыжылдық (H1)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="150"/>
        <source>Second half (H2)</source>
        <translation>Екінші жартыжылдық (H2)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="153"/>
        <source>Quarter {q} (Q{q})</source>
        <translation>{q}-тоқсан (Q{q})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="163"/>
        <source>Fro&amp;m:</source>
        <translation>Бастапқ&amp;ы жыл:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="187"/>
        <source>Period {code}: {start} - {end}</source>
        <translation>{code} кезеңі: {start} – {end}</translation>
    </message>
</context>
<context>
    <name>PeriodReportPreviewDialog</name>
    <message>
        <location filename="../../ui/reporting/period_report.py" line="761"/>
        <source>Print preview: {name}</source>
        <extracomment>Resource names of the charts in the document. Risk factors shown in the chart: the most frequent open ones. Chart width on the page in screen pixels (about 240 mm); drawn at twice that for print. B1 columns printed in the brief report (children with a disability are left to the workbook). As wide as a 1024x768 screen allows (issue 11), for the landscape pages.</extracomment>
        <translation>Басып шығаруды алдын ала қарау: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/period_report.py" line="765"/>
        <source>Save the report as PDF</source>
        <translation>Есепті PDF ретінде сақтау</translation>
    </message>
</context>
<context>
    <name>PeriodsBox</name>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="205"/>
        <source>No period has been approved or sent yet: when a period has ended, check the data quality, then approve it.</source>
        <translation>Әзірге бірде-бір кезең бекітілмеген және жіберілмеген: кезең аяқталғанда деректер сапасын тексеріп, содан кейін оны бекітіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="211"/>
        <source>&amp;Approve period...</source>
        <translation>Кезеңді бекі&amp;ту...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="214"/>
        <source>Re&amp;open period...</source>
        <translation>Кезеңді қа&amp;йта ашу...</translation>
    </message>
</context>
<context>
    <name>PeriodsTableModel</name>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="101"/>
        <source>Period</source>
        <extracomment>The row&apos;s :class:`PeriodRow`. KATO -&gt; name of the expected sub-offices (for the missing ones named at approval).</extracomment>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="102"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="103"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="104"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="105"/>
        <source>Reason of the last reopening</source>
        <translation>Соңғы қайта ашудың себебі</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="106"/>
        <source>Named missing at approval</source>
        <translation>Бекіту кезінде жоқ деп көрсетілгендер</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="118"/>
        <source>approved</source>
        <translation>бекітілген</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="118"/>
        <source>reopened</source>
        <translation>қайта ашылған</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="119"/>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="122"/>
        <source>locked by {period}</source>
        <translation>{period} кезеңімен құлыпталған</translation>
    </message>
</context>
<context>
    <name>PhotoAnnexSection</name>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="174"/>
        <source>Photos</source>
        <translation>Фотосуреттер</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="175"/>
        <source>Press Enter or double-click to open the photo.</source>
        <translation>Фотосуретті ашу үшін Enter басыңыз немесе екі рет шертіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="179"/>
        <source>&amp;Add photos...</source>
        <translation>Фотосурет &amp;қосу...</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="180"/>
        <source>JPEG or PNG files (Insert)</source>
        <translation>JPEG немесе PNG файлдары (Insert)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="182"/>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="184"/>
        <source>&amp;Remove</source>
        <translation>Ж&amp;ою</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="185"/>
        <source>Remove the selected photo (Delete)</source>
        <translation>Таңдалған фотосуретті жою (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="215"/>
        <source>Photo number</source>
        <translation>Фотосурет нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="216"/>
        <source>Photo zone</source>
        <translation>Фотосурет аймағы</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="217"/>
        <source>Photographed element</source>
        <translation>Түсірілген элемент</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="218"/>
        <source>Photo caption</source>
        <translation>Фотосурет сипаттамасы</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="219"/>
        <source>Date the photo was taken</source>
        <translation>Фотосурет түсірілген күн</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="222"/>
        <source>Selected photo</source>
        <translation>Таңдалған фотосурет</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="224"/>
        <source>N&amp;umber:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="225"/>
        <source>&amp;Zone:</source>
        <translation>А&amp;ймақ:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="226"/>
        <source>&amp;Element:</source>
        <translation>&amp;Элемент:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="227"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Сипаттама:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="228"/>
        <source>&amp;Date taken:</source>
        <translation>Түсірілген &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="268"/>
        <source>P&amp;hotos</source>
        <translation>&amp;Фотосуреттер</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="334"/>
        <source>Add photos</source>
        <translation>Фотосурет қосу</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="336"/>
        <source>Photos (%1)</source>
        <translation>Фотосуреттер (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="362"/>
        <source>%1 is the same picture as photo No. %2.</source>
        <translation>%1 — № %2 фотосуретпен бірдей сурет.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="370"/>
        <source>Cancelled: the photos read before are added.</source>
        <translation>Тоқтатылды: оған дейін оқылған фотосуреттер қосылды.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="387"/>
        <source>Remove photo</source>
        <translation>Фотосуретті жою</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="388"/>
        <source>Remove photo No. %1 from the passport?</source>
        <translation>№ %1 фотосуретті паспорттан жоясыз ба?</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="389"/>
        <source>Remove the photo</source>
        <translation>Фотосуретті жою</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="390"/>
        <source>Keep it</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="410"/>
        <source>Photo No. %1</source>
        <translation>№ %1 фотосурет</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="427"/>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="442"/>
        <source>Photos: %1</source>
        <translation>Фотосуреттер: %1</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="448"/>
        <source>(the zone as a whole)</source>
        <translation>(аймақ тұтастай)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="484"/>
        <source>%1 x %2 px</source>
        <translation>%1 x %2 пкс</translation>
    </message>
</context>
<context>
    <name>PhotoImport</name>
    <message>
        <location filename="../../ui/objects/passport/photo_import.py" line="63"/>
        <source>{name}: the file is empty.</source>
        <translation>{name}: файл бос.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_import.py" line="65"/>
        <source>{name}: the file cannot be read. Check that it is still there and that you may open it.</source>
        <translation>{name}: файлды оқу мүмкін емес. Оның орнында екенін және оны ашуға рұқсатыңыз бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_import.py" line="68"/>
        <source>{name} is too large to be a photo.</source>
        <translation>{name} фотосурет болу үшін тым үлкен.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_import.py" line="69"/>
        <source>{name} is not a JPEG or PNG picture.</source>
        <translation>{name} — JPEG немесе PNG суреті емес.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_import.py" line="71"/>
        <source>{name}: the picture is damaged or cut short. Copy it from the camera or phone again.</source>
        <translation>{name}: сурет бүлінген немесе толық емес. Оны камерадан немесе телефоннан қайта көшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_import.py" line="73"/>
        <source>{name}: the picture has no size or an impossible one.</source>
        <translation>{name}: суреттің өлшемі жоқ немесе мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_import.py" line="308"/>
        <source>Adding photos...</source>
        <translation>Фотосуреттер қосылуда...</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_import.py" line="308"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_import.py" line="309"/>
        <source>Add photos</source>
        <translation>Фотосурет қосу</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="110"/>
        <source>The picture cannot be shown.</source>
        <translation>Суретті көрсету мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="56"/>
        <source>Drawn &amp;up on:</source>
        <translation>Жасалған &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="58"/>
        <source>&amp;Review on:</source>
        <translation>Қайта &amp;қарау күні:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="60"/>
        <source>Service t&amp;ype:</source>
        <translation>Қызмет &amp;түрі:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="63"/>
        <source>Responsible &amp;agency:</source>
        <translation>Жауапты &amp;орган:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="65"/>
        <source>Due &amp;date:</source>
        <translation>&amp;Мерзімі:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="68"/>
        <source>S&amp;tatus:</source>
        <translation>Мәрте&amp;бесі:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="71"/>
        <source>Done o&amp;n:</source>
        <translation>Орындал&amp;ған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="72"/>
        <source>Add &amp;measure</source>
        <translation>&amp;Шара қосу</translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="76"/>
        <source>Measures:</source>
        <translation>Шаралар:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="78"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="98"/>
        <source>{service} — {agency}, due {due}, {status}</source>
        <translation>{service} — {agency}, мерзімі {due}, {status}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/printing/document.py" line="190"/>
        <source>Save as PDF...</source>
        <extracomment>Initial size: room for the whole toolbar, &quot;Save as PDF...&quot; included, within the 1000x700 a 1024x768 screen leaves (issue 11); never more than the screen&apos;s free area.</extracomment>
        <translation>PDF ретінде сақтау...</translation>
    </message>
    <message>
        <location filename="../../ui/printing/document.py" line="201"/>
        <location filename="../../ui/printing/document.py" line="231"/>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/printing/document.py" line="213"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/document.py" line="233"/>
        <source>The file {path} could not be written: {reason}. If it is open in another program, close it; otherwise choose another folder.</source>
        <translation>{path} файлын жазу мүмкін болмады: {reason}. Егер ол басқа бағдарламада ашық болса, оны жабыңыз; әйтпесе басқа буманы таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="65"/>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="68"/>
        <source>Every row is checked first; nothing is imported unless the whole file is correct.</source>
        <translation>Алдымен әр жол тексеріледі; бүкіл файл дұрыс болмаса, ештеңе импортталмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="72"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="82"/>
        <location filename="../../ui/imports/preview_page.py" line="165"/>
        <source>&amp;Problems:</source>
        <extracomment>Excel row -&gt; its choice (person id to link, or None for a new person).</extracomment>
        <translation>&amp;Қателер:</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="86"/>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="91"/>
        <source>&amp;Copy list</source>
        <translation>Тізімді кө&amp;шіру</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="107"/>
        <source>Possible &amp;duplicates: choose for each row whether it is a person already in Qoldau or a new one.</source>
        <translation>Қайталануы &amp;мүмкін адамдар: әр жол үшін бұл Qoldau-да бар адам ба, әлде жаңа адам ба, таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="186"/>
        <source>Checking {name}...</source>
        <translation>{name} тексерілуде...</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="211"/>
        <source>The file cannot be imported: {count} problem(s), listed by row and column below. Correct them in the file or go back and correct the matches.</source>
        <translation>Файлды импорттау мүмкін емес: {count} қате, төменде жол мен баған бойынша берілген. Оларды файлда түзетіңіз немесе артқа қайтып, сәйкестіктерді түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="230"/>
        <source>&amp;Warnings (these rows are imported all the same):</source>
        <translation>&amp;Ескертулер (бұл жолдар бәрібір импортталады):</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="244"/>
        <source>The file cannot be imported; nothing was changed. See the problems.</source>
        <translation>Файлды импорттау мүмкін емес; ештеңе өзгертілген жоқ. Қателерді қараңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="255"/>
        <source>The file is correct: {rows} people. Importing adds {families_new} new families and updates {families_updated}; it adds {members_new} new members and links {members_linked} to people already in Qoldau.</source>
        <translation>Файл дұрыс: {rows} адам. Импорт {families_new} жаңа отбасы қосады және {families_updated} отбасыны жаңартады; {members_new} жаңа мүше қосады және {members_linked} мүшені Qoldau-да бар адамдармен байланыстырады.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="269"/>
        <source>The file is correct: {rows} objects. Importing adds {added} new objects, updates {updated} and leaves {unchanged} unchanged.</source>
        <translation>Файл дұрыс: {rows} нысан. Импорт {added} жаңа нысан қосады, {updated} нысанды жаңартады, {unchanged} нысан өзгеріссіз қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="277"/>
        <source>{passports} passports are added and {corrected} corrected.</source>
        <translation>{passports} паспорт қосылады, {corrected} паспорт түзетіледі.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="288"/>
        <source>&amp;Rows (the first {shown} of {total}):</source>
        <translation>&amp;Жолдар (барлығы {total}, алғашқы {shown}):</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="321"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="322"/>
        <source>In the file</source>
        <translation>Файлда</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="323"/>
        <source>Already in Qoldau</source>
        <translation>Qoldau-да бар</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="324"/>
        <source>Choice</source>
        <translation>Таңдау</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="332"/>
        <source>New person</source>
        <translation>Жаңа адам</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="335"/>
        <source>same IIN</source>
        <translation>ЖСН бірдей</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="337"/>
        <source>similar name, same birth date</source>
        <translation>аты-жөні ұқсас, туған күні бірдей</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="340"/>
        <source>Link to the existing person: {person} ({kind})</source>
        <translation>Бар адаммен байланыстыру: {person} ({kind})</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="139"/>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
</context>
<context>
    <name>ProfileImportWizard</name>
    <message>
        <location filename="../../ui/imports/wizard.py" line="93"/>
        <source>Import family list</source>
        <translation>Отбасылар тізімін импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="95"/>
        <source>Import register</source>
        <translation>Тізілімді импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="98"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="99"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="100"/>
        <source>&amp;Finish</source>
        <translation>&amp;Дайын</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="101"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="40"/>
        <source>The computed figures break a rule of the report format ({rule}). This is a program error or a damaged store: nothing can be exported. Make a backup and contact support.</source>
        <extracomment>Where the records of a finding are listed: &quot;objects&quot;, &quot;cases&quot; or &quot;families&quot;. Rule breaches of the figures and &quot;period not ended&quot; have no list to open.</extracomment>
        <translation>Есептелген көрсеткіштер есеп пішімінің ережесін бұзады ({rule}). Бұл бағдарлама қатесі немесе дерекқор зақымдалған: ештеңені экспорттауға болмайды. Сақтық көшірме жасап, қолдау қызметіне хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="50"/>
        <source>The period has not ended yet: the figures will change. Export it after its last day.</source>
        <extracomment>code -&gt; English source sentence (translated at display time in the ``Quality`` context; QT_TRANSLATE_NOOP is typed as returning ``object``, hence the ``str()`` at use).</extracomment>
        <translation>Кезең әлі аяқталған жоқ: көрсеткіштер өзгереді. Оны соңғы күнінен кейін экспорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="54"/>
        <source>Passports without an access status for every category: complete the passports.</source>
        <translation>Әр санат бойынша қолжетімділік мәртебесі жоқ паспорттар: паспорттарды толықтырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="58"/>
        <source>Objects counted as adapted without any completed adaptation work: record the works.</source>
        <translation>Аяқталған бейімдеу жұмыстарынсыз бейімделген деп есептелген нысандар: жұмыстарды тіркеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="62"/>
        <source>Passports with an adaptation date although no adaptation was required: check them.</source>
        <translation>Бейімдеу талап етілмесе де, бейімдеу күні көрсетілген паспорттар: оларды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="66"/>
        <source>Objects subject to passportization without a passport: inspect them or mark them excluded.</source>
        <translation>Паспорттауға жататын, бірақ паспорты жоқ нысандар: оларды тексеріңіз немесе шығарылған деп белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="71"/>
        <source>Objects registered after the date of their passport or adaptation: move the registration date back in the object card.</source>
        <translation>Паспорты немесе бейімдеу күнінен кейін тіркелген нысандар: нысан карточкасында тіркелген күнін ертерек күнге ауыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="76"/>
        <source>Objects excluded from passportization without an exclusion reason or date: enter both in the object card.</source>
        <translation>Шығару себебі немесе күні жоқ, паспорттаудан шығарылған нысандар: екеуін де нысан карточкасына енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="81"/>
        <source>Objects due for re-inspection: the re-inspection interval passed, adaptation works were completed, or a complaint, reconstruction or change of use was recorded since the passport. Open the list to see each object&apos;s reasons, then record the new passport versions.</source>
        <translation>Қайта тексеру мерзімі келген нысандар: қайта тексеру аралығы өтті, бейімдеу жұмыстары аяқталды немесе паспорттан кейін шағым, реконструкция не пайдалану мақсатының өзгеруі жазылды. Әр нысанның себептерін көру үшін тізімді ашыңыз, содан кейін паспорттың жаңа нұсқаларын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="88"/>
        <source>Codes that are missing from the code lists (they are reported under their code): update the code lists or correct the records.</source>
        <translation>Анықтамалықтарда жоқ кодтар (есепте өз кодымен көрсетіледі): анықтамалықтарды жаңартыңыз немесе жазбаларды түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="93"/>
        <source>Cases without a recorded signal (opening): they are not counted as opened. Check them.</source>
        <translation>Сигналы (ашылуы) тіркелмеген істер: олар ашылған болып есептелмейді. Оларды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="97"/>
        <source>Cases still waiting for a support plan after the allowed time: write the plans.</source>
        <translation>Белгіленген мерзім өтсе де, қолдау жоспары жасалмаған істер: жоспарларды жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="101"/>
        <source>Open cases whose planned follow-up visit is overdue as of {date}: visit the families and record the visits.</source>
        <translation>{date} жағдай бойынша жоспарланған бақылау баруының мерзімі өткен ашық істер: отбасыларға барып, барыстарды тіркеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="106"/>
        <source>Family members without an IIN and without a reason for it: enter the IIN or the reason.</source>
        <translation>ЖСН-і де, оның жоқ болу себебі де көрсетілмеген отбасы мүшелері: ЖСН-ді немесе себебін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="110"/>
        <source>Members of families with an open case without a birth date: they cannot be counted as children. Enter the birth dates.</source>
        <translation>Ашық ісі бар отбасылардың туған күні жоқ мүшелері: оларды бала ретінде есептеу мүмкін емес. Туған күндерін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="115"/>
        <source>Families without a valid legal basis for processing their data (consent with its date, or the statutory basis): record it.</source>
        <translation>Деректерін өңдеуге жарамды құқықтық негізі (күні көрсетілген келісім немесе заңда көзделген негіз) жоқ отбасылар: оны жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="120"/>
        <source>Families that withdrew their consent but still have an open case: close the case or record a statutory basis.</source>
        <translation>Келісімін қайтарып алған, бірақ ашық ісі әлі бар отбасылар: істі жабыңыз немесе заңда көзделген негізді жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="127"/>
        <source>Finding {code}: check the records concerned.</source>
        <translation>{code} кемшілігі: тиісті жазбаларды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="158"/>
        <source>Blocking</source>
        <translation>Бұғаттайды</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="159"/>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/quality_dialog.py" line="74"/>
        <source>No findings: the data of this period is ready for export.</source>
        <translation>Кемшіліктер жоқ: осы кезеңнің деректері экспортқа дайын.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/quality_dialog.py" line="78"/>
        <source>{blocking} blocking finding(s) and {warnings} warning(s). A blocking finding stops the export.</source>
        <translation>Бұғаттайтын кемшіліктер: {blocking}, ескертулер: {warnings}. Бұғаттайтын кемшілік экспортты тоқтатады.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/quality_dialog.py" line="83"/>
        <source>{warnings} warning(s). The export is possible; the warnings are recorded on the Cover sheet. Correcting the records first gives better figures.</source>
        <translation>Ескертулер: {warnings}. Экспорттауға болады; ескертулер мұқаба парағына («Cover») жазылады. Алдымен жазбаларды түзетсеңіз, көрсеткіштер дәлірек болады.</translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <location filename="../../ui/reporting/quality_dialog.py" line="124"/>
        <source>Data quality</source>
        <translation>Деректер сапасы</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/quality_dialog.py" line="127"/>
        <source>&amp;Run checks</source>
        <translation>&amp;Тексеруді іске қосу</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/quality_dialog.py" line="129"/>
        <source>Run the checks again (F5)</source>
        <translation>Тексерулерді қайта іске қосу (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/quality_dialog.py" line="164"/>
        <source>Checking the data of {code}...</source>
        <translation>{code} деректері тексерілуде...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/quality_dialog.py" line="205"/>
        <source>The checks could not run. Details: {error}</source>
        <translation>Тексерулер орындалмады. Толығырақ: {error}</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="63"/>
        <source>35 % of the regional median income, not below 70 % of the subsistence minimum (from 2025)</source>
        <translation>өңірдегі медианалық табыстың 35 %-ы, ең төменгі күнкөріс деңгейінің 70 %-ынан кем емес (2025 жылдан бастап)</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="68"/>
        <source>70 % of the subsistence minimum (until 2024)</source>
        <translation>ең төменгі күнкөріс деңгейінің 70 %-ы (2024 жылға дейін)</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="95"/>
        <source>МРП and poverty lines</source>
        <translation>АЕК және кедейлік шегі</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="105"/>
        <source>МРП &amp;by year</source>
        <translation>Жылдар бойынша &amp;АЕК</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="106"/>
        <source>&amp;Poverty lines</source>
        <translation>&amp;Кедейлік шектері</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="120"/>
        <location filename="../../ui/families/rates_dialog.py" line="156"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="120"/>
        <source>МРП, tenge</source>
        <translation>АЕК, теңге</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="127"/>
        <source>&amp;Save the МРП</source>
        <translation>АЕК-ті &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="129"/>
        <source>Remo&amp;ve the year</source>
        <translation>Жылды ж&amp;ою</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="132"/>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="133"/>
        <source>&amp;Tenge:</source>
        <translation>&amp;Теңге:</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="140"/>
        <source>The МРП changes every 1 January under the budget law. Benefits are stored in МРП with their year and shown in tenge with the МРП of that year.</source>
        <translation>АЕК жыл сайын 1 қаңтарда республикалық бюджет туралы заңмен өзгереді. Жәрдемақылар АЕК-пен жылымен бірге сақталады және сол жылғы АЕК бойынша теңгемен көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="157"/>
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="158"/>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="159"/>
        <source>Tenge</source>
        <translation>Теңге</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="160"/>
        <source>Basis</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="171"/>
        <source>Every region without its own line</source>
        <translation>Өз шегі жоқ барлық облыстар</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="178"/>
        <source>Save the &amp;line</source>
        <translation>Шекті сақта&amp;у</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="180"/>
        <source>Remove the l&amp;ine</source>
        <translation>Шекті &amp;өшіру</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="183"/>
        <source>Y&amp;ear:</source>
        <translation>Ж&amp;ыл:</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="184"/>
        <source>&amp;Quarter:</source>
        <translation>То&amp;қсан:</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="185"/>
        <source>&amp;Region:</source>
        <translation>Об&amp;лыс:</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="186"/>
        <source>Te&amp;nge per person a month:</source>
        <translation>Бір адамға айына те&amp;ңге:</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="187"/>
        <source>Basis:</source>
        <translation>Негізі:</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="218"/>
        <source>Every region</source>
        <translation>Барлық облыстар</translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="252"/>
        <source>Type an amount in tenge above 0, e.g. 4325 or 40000,50.</source>
        <translation>Теңгемен 0-ден жоғары соманы енгізіңіз, мысалы 4325 немесе 40000,50.</translation>
    </message>
</context>
<context>
    <name>ReasonSection</name>
    <message>
        <location filename="../../ui/objects/passport/general.py" line="79"/>
        <location filename="../../ui/objects/passport/general.py" line="88"/>
        <source>Re-inspection reason</source>
        <translation>Қайта тексеру себебі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/general.py" line="80"/>
        <source>Re-inspection &amp;reason:</source>
        <translation>Қайта тексеру &amp;себебі:</translation>
    </message>
</context>
<context>
    <name>ReceiptPlanTableModel</name>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="417"/>
        <source>File</source>
        <extracomment>An unexpected failure while reading or planning (the message), else None. The outcome of the import, once tried. A refusal sentence set by the dialog (e.g. the replacement was not confirmed).</extracomment>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="418"/>
        <source>KATO</source>
        <translation>ӘАОЖ</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="419"/>
        <source>Sender</source>
        <translation>Жіберуші</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="420"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="421"/>
        <source>Created at</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="422"/>
        <source>Units</source>
        <translation>Бірліктер</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="423"/>
        <source>Passported</source>
        <translation>Паспортталды</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="424"/>
        <source>Accessible, %</source>
        <translation>Қолжетімді, %</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="425"/>
        <source>Open cases at end</source>
        <translation>Кезең соңындағы ашық істер</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="426"/>
        <source>A3 objects</source>
        <translation>A3 нысандары</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="427"/>
        <source>Replaces</source>
        <translation>Ауыстырады</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="428"/>
        <source>Verdict</source>
        <translation>Тексеру нәтижесі</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="467"/>
        <source>This package is from a district of another region: it was sent to the wrong office.</source>
        <translation>Бұл пакет басқа облыстың ауданынан келген: ол қате мекемеге жіберілген.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="471"/>
        <source>This package is not from a sub-office of this office: it was sent to the wrong office.</source>
        <translation>Бұл пакет осы мекеменің бағынысты мекемесінен емес: ол қате мекемеге жіберілген.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="475"/>
        <source>Already received.</source>
        <translation>Бұрын қабылданған.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="478"/>
        <source>Not newer than the package held ({created}): nothing to do.</source>
        <translation>Бардағы пакеттен ({created}) жаңа емес: ештеңе істеудің қажеті жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="482"/>
        <source>The replacement was not confirmed: nothing imported.</source>
        <translation>Ауыстыру расталмады: ештеңе импортталмады.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="493"/>
        <source>The workbook was changed after export (checksum mismatch): ask the district for a new export.</source>
        <translation>Жұмыс кітабы экспорттан кейін өзгертілген (бақылау сомасы сәйкес емес): ауданнан жаңа экспорт сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="498"/>
        <source>A file of the package is missing or unreadable: copy both files (.xlsx and .manifest.json) again.</source>
        <translation>Пакет файлы жоқ немесе оқылмайды: екі файлды да (.xlsx және .manifest.json) қайта көшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="502"/>
        <source>The package has an unknown format version: update the application.</source>
        <translation>Пакет пішімінің нұсқасы белгісіз: бағдарламаны жаңартыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="505"/>
        <source>The workbook holds personal IINs, which a package must never contain: ask the sender for a new export and do not pass this file on.</source>
        <translation>Жұмыс кітабында жеке тұлғалардың ЖСН-дері бар, ал пакетте олар ешқашан болмауы керек: жіберушіден жаңа экспорт сұраңыз және бұл файлды ешкімге бермеңіз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reporting/received_table_model.py" line="509"/>
        <source>The package breaks %n rule(s) of the reporting format: ask the sender for a new export. Press Enter to see them.</source>
        <translation>
            <numerusform>Пакет есеп пішімінің %n ережесін бұзады: жіберушіден жаңа экспорт сұраңыз. Оларды көру үшін Enter пернесін басыңыз.</numerusform>
            <numerusform>Пакет есеп пішімінің %n ережесін бұзады: жіберушіден жаңа экспорт сұраңыз. Оларды көру үшін Enter пернесін басыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="519"/>
        <source>Reading and checking...</source>
        <translation>Оқылып, тексерілуде...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="521"/>
        <source>Could not be checked: {error}</source>
        <translation>Тексеру мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="525"/>
        <source>Imported.</source>
        <translation>Импортталды.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="526"/>
        <location filename="../../ui/reporting/received_table_model.py" line="532"/>
        <source>Refused: {reason}</source>
        <translation>Қабылданбады: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="530"/>
        <source>Not imported: {reason}</source>
        <translation>Импортталмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="534"/>
        <source>Needs confirmation: it replaces the package held.</source>
        <translation>Растау қажет: ол бардағы пакетті ауыстырады.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="535"/>
        <source>Acceptable.</source>
        <translation>Қабылдауға болады.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="541"/>
        <source>{id} of {created}</source>
        <translation>{id}, {created}</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <location filename="../../ui/reporting/receipt_print.py" line="341"/>
        <source>Print preview: receipt</source>
        <extracomment>The file name suffix of a printed receipt (beside ``.receipt.json``). The outcome of a receipt in words, per print language. Office levels in words, per print language.</extracomment>
        <translation>Басып шығаруды алдын ала қарау: түбіртек</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receipt_print.py" line="345"/>
        <source>Save the receipt as PDF</source>
        <translation>Түбіртекті PDF ретінде сақтау</translation>
    </message>
</context>
<context>
    <name>ReceiptReasonsModel</name>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="164"/>
        <source>Receipt</source>
        <translation>Түбіртек</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="164"/>
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="164"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="164"/>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="180"/>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="181"/>
        <source>refused</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="182"/>
        <source>returned</source>
        <translation>қайтарылды</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="184"/>
        <source>{outcome} by {office} on {date}</source>
        <translation>{outcome}: {office}, {date}</translation>
    </message>
</context>
<context>
    <name>ReceiptsResultDialog</name>
    <message>
        <location filename="../../ui/reporting/receipts_dialog.py" line="76"/>
        <source>Receipts read</source>
        <translation>Оқылған түбіртектер</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receipts_dialog.py" line="80"/>
        <source>{recorded} of {total} receipt(s) recorded.</source>
        <translation>{total} түбіртектің {recorded} тіркелді.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receipts_dialog.py" line="88"/>
        <source>{file}: recorded: {outcome}</source>
        <translation>{file}: тіркелді: {outcome}</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receipts_dialog.py" line="92"/>
        <source>{file}: refused: {reason}</source>
        <translation>{file}: қабылданбады: {reason}</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="202"/>
        <source>Receive packages</source>
        <extracomment>Per package, the line saying where its receipt was written (or why not).</extracomment>
        <translation>Пакеттерді қабылдау</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="207"/>
        <source>Choose the packages (.manifest.json, with their .xlsx beside them) sent by the sub-offices. Each is checked first; nothing is imported until you press Import.</source>
        <translation>Бағынысты мекемелер жіберген пакеттерді таңдаңыз (.manifest.json, жанында .xlsx файлы болуы керек). Әр пакет алдымен тексеріледі; «Импорттау» батырмасын баспайынша ештеңе импортталмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="233"/>
        <source>&amp;Add packages...</source>
        <translation>Пакеттерді &amp;қосу...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="236"/>
        <source>&amp;Details...</source>
        <translation>&amp;Толығырақ...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="240"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="244"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="281"/>
        <source>The import is running: wait until it finishes.</source>
        <translation>Импорт орындалуда: оның аяқталуын күтіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="290"/>
        <source>Choose report packages</source>
        <translation>Есеп пакеттерін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="292"/>
        <source>Report packages (*.manifest.json);;All files (*)</source>
        <translation>Есеп пакеттері (*.manifest.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="340"/>
        <source>These files are already in the list: {names}</source>
        <translation>Бұл файлдар тізімде бар: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="357"/>
        <source>Checking the packages: {done} of {total}...</source>
        <translation>Пакеттер тексерілуде: {total} ішінен {done}...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="372"/>
        <source>no result</source>
        <translation>нәтиже жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="395"/>
        <source>Acceptable: {ok}. Need confirmation: {confirm}. Refused: {refused}. Press Enter on a row for its details.</source>
        <translation>Қабылдауға болады: {ok}. Растау қажет: {confirm}. Қабылданбады: {refused}. Толығырақ көру үшін жолды таңдап, Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="424"/>
        <source>No problems found.</source>
        <translation>Қателер табылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="430"/>
        <source>Package {name}</source>
        <translation>{name} пакеті</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="443"/>
        <source>the package {id} of {created} chosen above</source>
        <translation>жоғарыда таңдалған {id} пакеті ({created})</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="449"/>
        <source>the package {id} of {created}, received {received}</source>
        <translation>{id} пакеті ({created}), қабылданған күні {received}</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="455"/>
        <source>The package of {name} ({kato}) for {period}, created {created}, replaces {held}. The replaced package stays in the history.

Replace it?</source>
        <translation>{name} ({kato}) мекемесінің {period} кезеңіне {created} жасалған пакеті мынаны ауыстырады: {held}. Ауыстырылған пакет тарихта сақталады.

Ауыстыру керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="466"/>
        <source>Replace a package</source>
        <translation>Пакетті ауыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="468"/>
        <source>Replace the package</source>
        <translation>Пакетті ауыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="469"/>
        <source>Keep the held one</source>
        <translation>Бұрынғысын қалдыру</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="499"/>
        <source>the replacement was not confirmed.</source>
        <translation>ауыстыру расталмады.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="505"/>
        <source>Nothing to import.</source>
        <translation>Импорттайтын ештеңе жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reporting/receive_dialog.py" line="542"/>
        <source>Importing %n package(s)...</source>
        <translation>
            <numerusform>%n пакет импортталуда...</numerusform>
            <numerusform>%n пакет импортталуда...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="575"/>
        <source>the file changed since it was checked: add it again.</source>
        <translation>файл тексерілгеннен кейін өзгерді: оны қайта қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="577"/>
        <source>the import failed ({error}); nothing was imported.</source>
        <translation>импорт орындалмады ({error}); ештеңе импортталмады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reporting/receive_dialog.py" line="592"/>
        <source>Imported: %n package(s).</source>
        <translation>
            <numerusform>Импортталды: %n пакет.</numerusform>
            <numerusform>Импортталды: %n пакет.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reporting/receive_dialog.py" line="595"/>
        <source>Not imported: %n package(s).</source>
        <translation>
            <numerusform>Импортталмады: %n пакет.</numerusform>
            <numerusform>Импортталмады: %n пакет.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="608"/>
        <source>{name}: the receipt could not be written beside the package ({error}); the sender gets no receipt from this folder. What was imported stays imported.</source>
        <translation>{name}: түбіртекті пакеттің жанына жазу мүмкін болмады ({error}); жіберуші осы қалтадан түбіртек алмайды. Импортталған деректер сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="614"/>
        <source>{name}: receipt written: {path}</source>
        <translation>{name}: түбіртек жазылды: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="618"/>
        <source>{name}: the printable receipt (PDF) could not be written ({error}); the receipt itself stands.</source>
        <translation>{name}: басып шығаруға арналған түбіртекті (PDF) жазу мүмкін болмады ({error}); түбіртектің өзі күшінде.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="651"/>
        <source>The import failed: {error}. Packages already imported stay imported.</source>
        <translation>Импорт орындалмады: {error}. Бұрын импортталған пакеттер сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="110"/>
        <source>Sheet {sheet}, row {row}</source>
        <translation>{sheet} парағы, {row}-жол</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="112"/>
        <source>{sheet}</source>
        <translation>{sheet}</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="115"/>
        <source>{where}, rule {rule}: {text}</source>
        <translation>{where}, {rule} ережесі: {text}</translation>
    </message>
</context>
<context>
    <name>ReceiveTransferDialog</name>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="332"/>
        <source>Receive a transferred case</source>
        <translation>Берілген істі қабылдау</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="334"/>
        <source>&amp;Browse...</source>
        <translation>Ш&amp;олу...</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="341"/>
        <source>Choose the transfer file from the sending district and type the passphrase they gave you separately. The case becomes a new case of this office, linked to its old number.</source>
        <translation>Жіберуші аудан берген беру файлын таңдап, олар бөлек айтқан құпия сөз тіркесін енгізіңіз. Іс осы органның жаңа ісі болады және бұрынғы нөмірімен байланысады.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="349"/>
        <source>Transfer &amp;file:</source>
        <translation>Беру &amp;файлы:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="352"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия сөз тіркесі:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="359"/>
        <source>&amp;Receive</source>
        <translation>Қабы&amp;лдау</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="377"/>
        <source>Transfer file</source>
        <translation>Беру файлы</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="379"/>
        <source>Case transfer files (*{suffix})</source>
        <translation>Іс беру файлдары (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="392"/>
        <source>Choose the transfer file.</source>
        <translation>Беру файлын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="396"/>
        <source>Type the passphrase the sending district gave you.</source>
        <translation>Жіберуші аудан берген құпия сөз тіркесін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="415"/>
        <source>Received as case {number}, transferred from {office} case {old}.</source>
        <translation>{number} ісі ретінде қабылданды: {office} ауданынан берілген, іс {old}.</translation>
    </message>
</context>
<context>
    <name>RecordEditDialog</name>
    <message numerus="yes">
        <location filename="../../ui/objects/control/record_list.py" line="69"/>
        <source>%n field(s) need correcting before the record can be saved.</source>
        <translation>
            <numerusform>Жазбаны сақтау үшін %n өрісті түзету керек.</numerusform>
            <numerusform>Жазбаны сақтау үшін %n өрісті түзету керек.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListDialog</name>
    <message>
        <location filename="../../ui/objects/control/record_list.py" line="97"/>
        <source>&amp;Add...</source>
        <translation>&amp;Қосу...</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/record_list.py" line="98"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Өзгерту...</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/record_list.py" line="99"/>
        <source>&amp;Delete...</source>
        <translation>Жо&amp;ю...</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="155"/>
        <source>Recover access</source>
        <translation>Қолжетімділікті қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="159"/>
        <source>Type the recovery key printed when the office was set up (kept in the office safe), the administrator&apos;s login and a new password for that administrator.</source>
        <translation>Мекемені баптау кезінде басып шығарылған қалпына келтіру кілтін (мекеменің сейфінде сақталған), әкімшінің логинін және сол әкімшінің жаңа құпиясөзін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="169"/>
        <source>&amp;Administrator login:</source>
        <translation>Әкімшінің &amp;логині:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="170"/>
        <source>&amp;Recovery key:</source>
        <translation>Қалпына келтіру &amp;кілті:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="173"/>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="174"/>
        <source>&amp;Repeat the new password:</source>
        <translation>Жаңа құпиясөзді &amp;қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="180"/>
        <source>Set the &amp;password</source>
        <translation>Құпиясөзді &amp;орнату</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="189"/>
        <source>Type the administrator&apos;s login and the recovery key.</source>
        <translation>Әкімшінің логині мен қалпына келтіру кілтін енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="40"/>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="44"/>
        <source>This is the store&apos;s recovery key. It is shown only this once. Print it and keep it in the office safe: with it an administrator who forgot the password sets a new one; without it, a forgotten password cannot be recovered. Do not save it on this computer or send it by e-mail.</source>
        <translation>Бұл — дерекқордың қалпына келтіру кілті. Ол тек осы жолы ғана көрсетіледі. Оны басып шығарып, мекеменің сейфінде сақтаңыз: құпиясөзін ұмытқан әкімші осы кілтпен жаңа құпиясөз қояды; кілтсіз ұмытылған құпиясөзді қалпына келтіру мүмкін емес. Оны осы компьютерде сақтамаңыз және электрондық поштамен жібермеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="61"/>
        <source>&amp;Print...</source>
        <translation>&amp;Басып шығару...</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="63"/>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="71"/>
        <source>I have printed the recovery key and will keep it in the office safe</source>
        <translation>Қалпына келтіру кілтін басып шығардым және оны мекеменің сейфінде сақтаймын</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="77"/>
        <source>C&amp;ontinue</source>
        <translation>&amp;Жалғастыру</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="98"/>
        <location filename="../../ui/accounts/key_dialog.py" line="124"/>
        <location filename="../../ui/accounts/key_dialog.py" line="126"/>
        <source>Qoldau recovery key</source>
        <translation>Qoldau қалпына келтіру кілті</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="102"/>
        <source>Store: {place}</source>
        <translation>Дерекқор: {place}</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="107"/>
        <source>Printed on {date}</source>
        <translation>Басып шығарылған күні: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="113"/>
        <source>Keep this page in the office safe. With this key an administrator who forgot the password sets a new one (login dialog: Forgot password?).</source>
        <translation>Бұл бетті мекеменің сейфінде сақтаңыз. Құпиясөзін ұмытқан әкімші осы кілтпен жаңа құпиясөз қояды (кіру терезесі: Құпиясөзді ұмыттыңыз ба?).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="128"/>
        <source>Print the recovery key</source>
        <translation>Қалпына келтіру кілтін басып шығару</translation>
    </message>
</context>
<context>
    <name>RegistryImport</name>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="61"/>
        <source>This is not an Excel workbook (.xlsx). Open the registry in Excel and save it as an Excel workbook.</source>
        <extracomment>Rows shown in the preview before the import (the file may hold 100,000). Codes :func:`ui.messages.issue_text` already words for forms; the same words here. Registry import problem codes (``exporters/registry_import.py``) -&gt; message, translated in the ``RegistryImport`` context; the codes a form also reports are worded by ``ui/messages.py``.</extracomment>
        <translation>Бұл Excel жұмыс кітабы (.xlsx) емес. Тізілімді Excel-де ашып, Excel жұмыс кітабы ретінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="66"/>
        <source>The workbook is password-protected or in the old Excel 97-2003 format. Remove the password and save it as an Excel workbook (.xlsx).</source>
        <translation>Жұмыс кітабы құпиясөзбен қорғалған немесе ескі Excel 97-2003 пішімінде. Құпиясөзді алып тастап, оны Excel жұмыс кітабы (.xlsx) ретінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="71"/>
        <source>The file cannot be read: {detail}</source>
        <translation>Файлды оқу мүмкін емес: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="72"/>
        <source>The file is empty.</source>
        <translation>Файл бос.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="73"/>
        <source>The first sheet is empty: fill in the registry template.</source>
        <translation>Бірінші парақ бос: тізілім үлгісін толтырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="76"/>
        <source>Row 1 of the first sheet does not hold the template&apos;s column codes: copy the data into the registry template.</source>
        <translation>Бірінші парақтың 1-жолында үлгінің баған кодтары жоқ: деректерді тізілім үлгісіне көшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="81"/>
        <source>The file holds no objects: they start in row 2.</source>
        <translation>Файлда нысандар жоқ: олар 2-жолдан басталады.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="84"/>
        <source>This column is missing from row 1: check its name against the template.</source>
        <translation>Бұл баған 1-жолда жоқ: оның атауын үлгімен салыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="87"/>
        <source>This column appears twice in row 1: delete one.</source>
        <translation>Бұл баған 1-жолда екі рет кездеседі: біреуін жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="90"/>
        <source>The text is longer than {max} characters.</source>
        <translation>Мәтін {max} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="91"/>
        <source>«{value}» is not a date: write dd.mm.yyyy (01.04.2026) or use an Excel date.</source>
        <translation>«{value}» күн емес: кк.аа.жжжж (01.04.2026) түрінде жазыңыз немесе Excel күнін пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="95"/>
        <source>The date {value} is in the future.</source>
        <translation>{value} күні болашақта.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="96"/>
        <source>«{value}» is not allowed here: write 1 (yes) or 0 (no).</source>
        <translation>Мұнда «{value}» мәніне рұқсат жоқ: 1 (иә) немесе 0 (жоқ) деп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="99"/>
        <source>The reference {value} is already used in row {row}.</source>
        <translation>{value} сілтемесі {row}-жолда қолданылып қойған.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="102"/>
        <source>This person is already listed in row {row}: delete one of the rows.</source>
        <translation>Бұл адам {row}-жолда тізімге енгізілген: жолдың бірін жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="105"/>
        <source>The family&apos;s first row (row {row}) gives the KATO code {kato}: one family lives in one settlement.</source>
        <translation>Отбасының бірінші жолында ({row}-жол) ӘАОЖ коды {kato}: бір отбасы бір елді мекенде тұрады.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="110"/>
        <source>The object is not subject to passportization, so this cell must be empty (requires_adaptation: 0).</source>
        <translation>Нысан паспорттауға жатпайды, сондықтан бұл ұяшық бос болуы керек (requires_adaptation: 0).</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="115"/>
        <source>There is no passport date, so this cell must be empty (requires_adaptation: 0).</source>
        <translation>Паспорт күні жоқ, сондықтан бұл ұяшық бос болуы керек (requires_adaptation: 0).</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="119"/>
        <source>Qoldau already holds a newer passport of this object, dated {date}: the file cannot replace it with an older one.</source>
        <translation>Qoldau-да бұл нысанның {date} күнгі жаңарақ паспорты бар: файл оны ескісімен ауыстыра алмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="124"/>
        <source>{count} more problems are not listed.</source>
        <translation>Тағы {count} қате тізімде көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="126"/>
        <source>The workbook has no sheet {sheet}: choose the register&apos;s sheet.</source>
        <translation>Жұмыс кітабында {sheet} парағы жоқ: тізілімнің парағын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="129"/>
        <source>The header row holds no column {header}: check the header row and the column matches.</source>
        <translation>Тақырып жолында {header} бағаны жоқ: тақырып жолын және бағандардың сәйкестігін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="133"/>
        <source>No column of the file is matched to this field, and it is required.</source>
        <translation>Бұл өріске файлдың ешбір бағаны сәйкестендірілмеген, ал ол міндетті.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="136"/>
        <source>{value} is not an accessibility status: write it as ДП-В, ДЧ-В, ДУ, ВНД or ДП-И (К, О); ДЧ-И (С).</source>
        <translation>{value} қолжетімділік мәртебесі емес: оны ДП-В, ДЧ-В, ДУ, ВНД немесе ДП-И (К, О); ДЧ-И (С) түрінде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="141"/>
        <source>Row {row} already holds an object with this name, address and KATO code.</source>
        <translation>{row}-жолда атауы, мекенжайы және ӘАОЖ коды осындай нысан бар.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="145"/>
        <source>This import profile is for family members, not for objects.</source>
        <translation>Бұл импорт профилі нысандарға емес, отбасы мүшелеріне арналған.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="148"/>
        <source>Not subject to passportization, but the exclusion reason or date is missing: the object is imported; enter both in its card.</source>
        <translation>Паспорттауға жатпайды, бірақ шығару себебі немесе күні жоқ: нысан импортталады; екеуін де нысан карточкасына енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="153"/>
        <source>The object is subject to passportization: the exclusion reason and date are not imported.</source>
        <translation>Нысан паспорттауға жатады: шығару себебі мен күні импортталмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="181"/>
        <source>Invalid value ({code}).</source>
        <translation>Жарамсыз мән ({code}).</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="202"/>
        <source>{count} objects not subject to passportization have no exclusion reason or date: they stay on the data-quality list until both are entered.</source>
        <translation>Паспорттауға жатпайтын {count} нысанның шығару себебі немесе күні жоқ: екеуі де енгізілгенше олар деректер сапасы тізімінде қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="209"/>
        <source>{count} rows give an exclusion for an object subject to passportization: it is not imported.</source>
        <translation>{count} жолда паспорттауға жататын нысанға шығару көрсетілген: ол импортталмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="215"/>
        <source>{count} rows name a settlement that is not in the office&apos;s list.</source>
        <translation>{count} жолда мекеменің тізімінде жоқ елді мекен көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="267"/>
        <location filename="../../ui/imports/registry_problems.py" line="275"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="267"/>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="267"/>
        <source>Problem</source>
        <translation>Қате</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="276"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="277"/>
        <source>object_ref</source>
        <translation>object_ref</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="278"/>
        <source>KATO</source>
        <translation>ӘАОЖ</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="279"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="280"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="281"/>
        <source>Passport date</source>
        <translation>Паспорт күні</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="282"/>
        <source>K</source>
        <translation>К</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="283"/>
        <source>O</source>
        <translation>О</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="284"/>
        <source>S</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="285"/>
        <source>G</source>
        <translation>Г</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="286"/>
        <source>U</source>
        <translation>У</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="287"/>
        <source>Requires adaptation</source>
        <translation>Бейімдеуді талап етеді</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="288"/>
        <source>Adapted date</source>
        <translation>Бейімделген күні</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="322"/>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="322"/>
        <source>Update</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="338"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="338"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
</context>
<context>
    <name>RegistryTemplate</name>
    <message>
        <location filename="../../ui/imports/template_file.py" line="37"/>
        <source>Save registry template</source>
        <translation>Тізілім үлгісін сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/imports/template_file.py" line="37"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel жұмыс кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/template_file.py" line="50"/>
        <location filename="../../ui/imports/template_file.py" line="62"/>
        <source>Registry template</source>
        <translation>Тізілім үлгісі</translation>
    </message>
    <message>
        <location filename="../../ui/imports/template_file.py" line="52"/>
        <source>Qoldau cannot write {path}: the file is open in another program (Excel?) or the folder is read-only. Close the file, or choose another folder, and try again.</source>
        <translation>Qoldau {path} файлын жаза алмайды: файл басқа бағдарламада ашық (Excel?) немесе бума тек оқуға арналған. Файлды жабыңыз немесе басқа буманы таңдап, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/template_file.py" line="63"/>
        <source>Qoldau cannot write {path}: {reason}</source>
        <translation>Qoldau {path} файлын жаза алмайды: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/imports/template_file.py" line="75"/>
        <source>Registry template saved: {path}</source>
        <translation>Тізілім үлгісі сақталды: {path}</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../ui/cases/reopen_dialog.py" line="40"/>
        <source>Reopen case {number}</source>
        <translation>{number} ісін қайта ашу</translation>
    </message>
</context>
<context>
    <name>ReopenForm</name>
    <message>
        <location filename="../../ui/cases/reopen_dialog.py" line="23"/>
        <source>Reopening &amp;date:</source>
        <translation>Қайта ашылған &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/reopen_dialog.py" line="25"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
</context>
<context>
    <name>ReopenPeriodDialog</name>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="227"/>
        <source>Reopen period</source>
        <translation>Кезеңді қайта ашу</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="234"/>
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="238"/>
        <source>A reopened period&apos;s figures can change again, and its packages are drafts until it is approved again. The reason is kept with your name and the time.</source>
        <translation>Қайта ашылған кезеңнің көрсеткіштері қайтадан өзгеруі мүмкін, ал оның пакеттері кезең қайта бекітілгенге дейін жоба болады. Себебі сіздің атыңызбен және уақытымен сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="245"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="250"/>
        <source>Re&amp;open</source>
        <translation>&amp;Қайта ашу</translation>
    </message>
</context>
<context>
    <name>ReportingCalendarDialog</name>
    <message>
        <location filename="../../ui/reporting/calendar_dialog.py" line="62"/>
        <source>Reporting calendar</source>
        <translation>Есептілік күнтізбесі</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/calendar_dialog.py" line="67"/>
        <source>The packages of a period are due this many working days after the period ends (Monday to Friday, public holidays excluded). The office&apos;s own deadline is counted the same way.</source>
        <translation>Кезеңнің пакеттері кезең аяқталғаннан кейін осынша жұмыс күні ішінде тапсырылуға тиіс (дүйсенбіден жұмаға дейін, мереке күндерін қоспағанда). Мекеменің өз мерзімі де осылай есептеледі.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/calendar_dialog.py" line="77"/>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/calendar_dialog.py" line="78"/>
        <source>&amp;Half-year:</source>
        <translation>Жар&amp;тыжылдық:</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/calendar_dialog.py" line="79"/>
        <source>&amp;Quarter:</source>
        <translation>То&amp;қсан:</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/calendar_dialog.py" line="80"/>
        <source>&amp;Month:</source>
        <translation>&amp;Ай:</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/calendar_dialog.py" line="98"/>
        <source>working days after the period ends</source>
        <extracomment>One spin box per period kind the calendar sets (``CALENDAR_KINDS``; an academic year and a range of years take the default). The next deadline of each kind under the days entered.</extracomment>
        <translation>кезең аяқталғаннан кейінгі жұмыс күні</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/calendar_dialog.py" line="109"/>
        <source>Only an administrator changes the reporting calendar.</source>
        <translation>Есептілік күнтізбесін тек әкімші өзгертеді.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/calendar_dialog.py" line="128"/>
        <source>{period} → due {date}</source>
        <translation>{period} → мерзімі {date}</translation>
    </message>
</context>
<context>
    <name>ReportingPage</name>
    <message>
        <location filename="../../ui/reporting/page.py" line="233"/>
        <source>E&amp;xport package...</source>
        <translation>Пакетті &amp;экспорттау...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="235"/>
        <source>Data &amp;quality...</source>
        <translation>Деректер &amp;сапасы...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="277"/>
        <source>A district sends its figures up to the region: export the package of a period (two files) and hand it to the region on a USB stick or through a shared folder. Check the data quality first.</source>
        <translation>Аудан өз көрсеткіштерін облысқа жібереді: кезеңнің пакетін (екі файл) экспорттап, оны облысқа USB жинақтауышпен немесе ортақ бума арқылы беріңіз. Алдымен деректер сапасын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="287"/>
        <source>Re&amp;ceive packages...</source>
        <translation>Пакеттерді &amp;қабылдау...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="293"/>
        <source>Expected &amp;districts...</source>
        <translation>Күтілетін &amp;аудандар...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="259"/>
        <source>&amp;Refresh</source>
        <translation>Жаңар&amp;ту</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="239"/>
        <source>Reporting ca&amp;lendar...</source>
        <translation>Ес&amp;ептілік күнтізбесі...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="303"/>
        <source>Sub-o&amp;ffices</source>
        <translation>Бағы&amp;нысты мекемелер</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="304"/>
        <source>Sent pac&amp;kages</source>
        <translation>Жіберілген &amp;пакеттер</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="305"/>
        <source>Per&amp;iods</source>
        <translation>Ке&amp;зеңдер</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="323"/>
        <source>Return packa&amp;ge...</source>
        <translation>Пакетті қайтар&amp;у...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="326"/>
        <source>Take the selected sub-office&apos;s package out of the consolidation, with a reason and a receipt for the sender</source>
        <translation>Таңдалған бағынысты мекеменің пакетін жиынтықтан шығару, себебімен және жіберушіге түбіртекпен</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="333"/>
        <source>Sub-offices for the period</source>
        <translation>Кезең бойынша бағынысты мекемелер</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="345"/>
        <source>Only the chosen &amp;period</source>
        <translation>Тек таңдалған &amp;кезең</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="347"/>
        <source>History of received packages</source>
        <translation>Қабылданған пакеттер тарихы</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="392"/>
        <source>No district is expected yet: list them with &quot;Expected districts...&quot; or receive their packages.</source>
        <translation>Әзірге күтілетін аудан жоқ: оларды «Күтілетін аудандар...» арқылы тізімге енгізіңіз немесе олардың пакеттерін қабылдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="395"/>
        <source>No sub-office is expected.</source>
        <translation>Күтілетін бағынысты мекеме жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="398"/>
        <source>{code}: {sent} of {total} in, {late} late, {returned} returned, {missing} missing; due {due}.</source>
        <translation>{code}: {total} мекеменің {sent} пакеті келді, {late} кешікті, {returned} қайтарылды, {missing} жоқ; мерзімі {due}.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="412"/>
        <source>Not consolidated: {names}.</source>
        <translation>Жиынтыққа енгізілмеген: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="418"/>
        <source>the ministry</source>
        <translation>министрлік</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="425"/>
        <source>the region</source>
        <translation>облыс</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="433"/>
        <source>Next package due: {period} by {date} ({office}).</source>
        <translation>Келесі пакет: {period}, мерзімі {date} ({office}).</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="501"/>
        <source>The package of {name} for {period} was returned. Its receipt is {path}: hand it to the sender.</source>
        <translation>{name} мекемесінің {period} кезеңіне пакеті қайтарылды. Оның түбіртегі: {path}; оны жіберушіге беріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="508"/>
        <source>The package of {name} for {period} was returned, but its receipt could not be written ({error}): tell the sender the reason.</source>
        <translation>{name} мекемесінің {period} кезеңіне пакеті қайтарылды, бірақ түбіртегін жазу мүмкін болмады ({error}): себебін жіберушіге хабарлаңыз.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="81"/>
        <source>Restore from backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="83"/>
        <source>Backup file: {file}</source>
        <translation>Сақтық көшірме файлы: {file}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="96"/>
        <source>Administrator of the &amp;backup:</source>
        <translation>Сақтық көшірменің &amp;әкімшісі:</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="97"/>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="101"/>
        <source>I understand that the current store will be replaced by this backup (the current store is kept beside it).</source>
        <translation>Қазіргі дерекқор осы сақтық көшірмемен ауыстырылатынын түсінемін (қазіргі дерекқор оның жанында сақталады).</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="111"/>
        <source>&amp;Restore</source>
        <translation>Қалпына &amp;келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="124"/>
        <source>Reading the backup...</source>
        <translation>Сақтық көшірме оқылуда...</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="155"/>
        <source>Made on {date} by the office {kato}.</source>
        <translation>{date} {kato} мекемесі жасаған.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="161"/>
        <source>This backup belongs to another office ({kato}); this store is the office {office} ({own}). It cannot be restored here; nothing was changed.</source>
        <translation>Бұл сақтық көшірме басқа мекемеге тиесілі ({kato}); бұл дерекқор — {office} ({own}) мекемесінікі. Оны мұнда қалпына келтіруге болмайды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="168"/>
        <source>Backup of {office} ({kato}), made on {date}.</source>
        <translation>{office} ({kato}) сақтық көшірмесі, {date} жасалған.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="203"/>
        <source>Enter the login and password of an administrator of the backup.</source>
        <translation>Сақтық көшірме әкімшісінің логині мен құпиясөзін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="209"/>
        <source>Tick the box to confirm that the current store will be replaced.</source>
        <translation>Қазіргі дерекқор ауыстырылатынын растау үшін белгі қойыңыз.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="75"/>
        <source>Retention and destruction of personal data</source>
        <translation>Дербес деректерді сақтау және жою</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="80"/>
        <source> years</source>
        <translation> жыл</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="81"/>
        <source>&amp;Apply</source>
        <translation>&amp;Қолдану</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="86"/>
        <source>Years a family&apos;s data are kept after its last case closed. The archive terms (Order No. 279-НҚ of 17.06.2025) are to be confirmed: 5 years is a proposal.</source>
        <translation>Отбасының соңғы ісі жабылғаннан кейін оның деректері сақталатын жылдар саны. Мұрағаттық сақтау мерзімдері (17.06.2025 № 279-НҚ бұйрық) нақтылануы керек: 5 жыл — ұсыныс.</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="92"/>
        <source>&amp;Retention after closure:</source>
        <translation>Жабылғаннан кейін &amp;сақтау:</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="103"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="104"/>
        <source>Last closed on</source>
        <translation>Соңғы жабылған күні</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="105"/>
        <source>Members</source>
        <translation>Мүшелері</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="106"/>
        <source>People destroyed</source>
        <translation>Жойылатын адамдар</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="115"/>
        <source>&amp;Open family...</source>
        <translation>Отбасын &amp;ашу...</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="123"/>
        <source>Deleted from the database; deleted pages overwritten (secure delete)</source>
        <translation>Дерекқордан жойылды; жойылған беттер қайта жазылды (қауіпсіз жою)</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="126"/>
        <source>one member a line: name, position</source>
        <translation>әр жолға бір мүше: аты-жөні, лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="133"/>
        <source>Act &amp;number:</source>
        <translation>Акт &amp;нөмірі:</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="134"/>
        <source>Act &amp;date:</source>
        <translation>Акт &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="135"/>
        <source>&amp;Method:</source>
        <translation>&amp;Тәсілі:</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="136"/>
        <source>&amp;Commission:</source>
        <translation>Ко&amp;миссия:</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="137"/>
        <source>Your pass&amp;word:</source>
        <translation>Құпиясөз&amp;іңіз:</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="144"/>
        <source>The destroyed data leave the store and every backup made from now on. Backups made before still hold them until they are deleted or age out.</source>
        <translation>Жойылған деректер дерекқордан және бұдан кейін жасалатын барлық сақтық көшірмелерден кетеді. Бұрын жасалған сақтық көшірмелерде олар жойылғанша немесе сақтау мерзімі өткенше қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="150"/>
        <source>D&amp;estroy the selected families</source>
        <translation>Таңдалған отбасыларды &amp;жою</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="153"/>
        <source>&amp;Print the act...</source>
        <translation>Актіні &amp;басып шығару...</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="197"/>
        <source>Families due for destruction on {date}: {count}</source>
        <translation>{date} күнгі жою мерзімі келген отбасылар: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="248"/>
        <source>Select the families to destroy in the list.</source>
        <translation>Тізімнен жойылатын отбасыларды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="254"/>
        <source>The password is wrong: nothing was destroyed.</source>
        <translation>Құпиясөз қате: ештеңе жойылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="265"/>
        <source>Nothing was destroyed: a chosen case&apos;s events are counted in an approved period. {reason}</source>
        <translation>Ештеңе жойылған жоқ: таңдалған істің оқиғалары бекітілген кезеңде есептелген. {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="271"/>
        <source>Act {number}: {count} families destroyed.</source>
        <translation>№ {number} акт: {count} отбасы жойылды.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/reporting/return_dialog.py" line="61"/>
        <source>Return package</source>
        <translation>Пакетті қайтару</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/return_dialog.py" line="65"/>
        <source>The package of {kato} {name} for {period} leaves this office&apos;s consolidation, and a receipt with the reason is written for the sender to read.</source>
        <translation>{kato} {name} мекемесінің {period} кезеңіне пакеті осы мекеменің жиынтығынан шығарылады, ал жіберуші оқуы үшін себебі көрсетілген түбіртек жазылады.</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/return_dialog.py" line="72"/>
        <source>&amp;Reason (what the sender must correct):</source>
        <translation>&amp;Себебі (жіберуші нені түзетуі керек):</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/return_dialog.py" line="75"/>
        <source>Receipt &amp;folder:</source>
        <translation>Түбіртек &amp;қалтасы:</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/return_dialog.py" line="77"/>
        <source>&amp;Browse...</source>
        <translation>Ш&amp;олу...</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/return_dialog.py" line="87"/>
        <source>Re&amp;turn</source>
        <translation>Қ&amp;айтару</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/return_dialog.py" line="117"/>
        <source>Folder of the receipt</source>
        <translation>Түбіртек қалтасы</translation>
    </message>
    <message>
        <location filename="../../ui/reporting/return_dialog.py" line="129"/>
        <source>{folder} is not a folder: choose the folder for the receipt.</source>
        <translation>{folder} қалта емес: түбіртекке арналған қалтаны таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="127"/>
        <source>Change the role</source>
        <translation>Рөлді өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="134"/>
        <source>Role of {login}:</source>
        <translation>{login} рөлі:</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/accounts/fields.py" line="20"/>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/fields.py" line="21"/>
        <source>supervisor</source>
        <translation>басшы</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/fields.py" line="22"/>
        <source>specialist</source>
        <translation>маман</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/fields.py" line="23"/>
        <source>viewer</source>
        <translation>бақылаушы</translation>
    </message>
</context>
<context>
    <name>RouteSection</name>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="32"/>
        <source>Public transport to the object</source>
        <translation>Нысанға баратын қоғамдық көлік</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="34"/>
        <source>Adapted transport</source>
        <translation>Бейімделген көлік</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="36"/>
        <source>Distance from the stop, m</source>
        <translation>Аялдамадан қашықтық, м</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="38"/>
        <source>Walking time, minutes</source>
        <translation>Жаяу жүру уақыты, минут</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="40"/>
        <source>Separated footpath</source>
        <translation>Бөлінген жаяу жолы</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="42"/>
        <source>Crossings on the route</source>
        <translation>Жолдағы өтпелер</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="44"/>
        <source>Information on the route</source>
        <translation>Жолдағы ақпарат</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="46"/>
        <source>Level differences on the route</source>
        <translation>Жолдағы деңгей айырмашылықтары</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="49"/>
        <source>Level differences fitted for wheelchairs</source>
        <translation>Деңгей айырмашылықтары арбалар үшін жабдықталған</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="52"/>
        <source>Notes on the route</source>
        <translation>Жол туралы ескертпелер</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="53"/>
        <source>Public &amp;transport:</source>
        <translation>Қоғамдық &amp;көлік:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="54"/>
        <source>A&amp;dapted transport:</source>
        <translation>&amp;Бейімделген көлік:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="55"/>
        <source>Distance from the &amp;stop, m:</source>
        <translation>&amp;Аялдамадан қашықтық, м:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="56"/>
        <source>&amp;Walking time, min:</source>
        <translation>Жаяу жүру &amp;уақыты, мин:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="57"/>
        <source>Separated &amp;footpath:</source>
        <translation>Бөлінген жаяу &amp;жолы:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="58"/>
        <source>&amp;Crossings:</source>
        <translation>Ө&amp;тпелер:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="59"/>
        <source>Information on the route:</source>
        <translation>Жолдағы ақпарат:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="60"/>
        <source>&amp;Level differences:</source>
        <translation>&amp;Деңгей айырмашылықтары:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="61"/>
        <source>Fitted for &amp;wheelchairs:</source>
        <translation>Арба&amp;лар үшін жабдықталған:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="62"/>
        <source>N&amp;otes on the route:</source>
        <translation>Жол туралы е&amp;скертпелер:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="78"/>
        <source>3.1-3.2 &amp;Route from the stop</source>
        <translation>3.1-3.2 А&amp;ялдамадан жол</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <location filename="../../ui/widgets/row_list.py" line="52"/>
        <source>Add a row (Ctrl+Ins)</source>
        <extracomment>Kept importable from here (the row tables and tests import them from this module).</extracomment>
        <translation>Жол қосу (Ctrl+Ins)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_list.py" line="62"/>
        <source>No rows yet.</source>
        <translation>Әзірге жолдар жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_list.py" line="103"/>
        <source>Remove this row (Ctrl+Del)</source>
        <translation>Бұл жолды жою (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_list.py" line="104"/>
        <source>Remove row</source>
        <translation>Жолды жою</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <location filename="../../ui/imports/save_page.py" line="36"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../ui/imports/save_page.py" line="39"/>
        <source>Save these matches as a profile: the next import of a file with the same headers uses it by itself.</source>
        <translation>Осы сәйкестіктерді профиль ретінде сақтаңыз: тақырыптары дәл осындай файлды келесі импорттағанда ол өздігінен қолданылады.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/save_page.py" line="45"/>
        <source>Profile na&amp;me:</source>
        <translation>Профиль а&amp;тауы:</translation>
    </message>
    <message>
        <location filename="../../ui/imports/save_page.py" line="49"/>
        <source>Save to &amp;file...</source>
        <translation>Файлға &amp;сақтау...</translation>
    </message>
    <message>
        <location filename="../../ui/imports/save_page.py" line="52"/>
        <source>Write the profile as a file for the command line (import-registry --profile)</source>
        <translation>Профильді пәрмен жолы үшін файлға жазу (import-registry --profile)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/save_page.py" line="111"/>
        <source>Save import profile</source>
        <translation>Импорт профилін сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/imports/save_page.py" line="111"/>
        <source>Import profiles (*.json)</source>
        <translation>Импорт профильдері (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/save_page.py" line="122"/>
        <source>Qoldau cannot write {path}: {reason}</source>
        <translation>Qoldau {path} файлын жаза алмайды: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/imports/save_page.py" line="129"/>
        <source>Profile saved to {path}.</source>
        <translation>Профиль {path} файлына сақталды.</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <location filename="../../ui/cases/service_form.py" line="80"/>
        <source>Service t&amp;ype:</source>
        <translation>Қызмет &amp;түрі:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="82"/>
        <source>Delivered &amp;on:</source>
        <translation>Көрсетілген &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="84"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Орындаушы:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="85"/>
        <source>S&amp;taff:</source>
        <translation>&amp;Маман:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="86"/>
        <source>&amp;Amount in МРП:</source>
        <translation>&amp;Сомасы, АЕК:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="92"/>
        <source>Entered before:</source>
        <translation>Бұрын енгізілген:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="94"/>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="36"/>
        <source>{tenge} ₸ as entered</source>
        <translation>{tenge} ₸ (енгізілгендей)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="41"/>
        <source>{mrp} МРП (no МРП for {year})</source>
        <translation>{mrp} АЕК ({year} жылғы АЕК жоқ)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="42"/>
        <source>{mrp} МРП = {tenge} ₸</source>
        <translation>{mrp} АЕК = {tenge} ₸</translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="50"/>
        <source>No МРП for {year}: ask an administrator to add it.</source>
        <translation>{year} жылға АЕК жоқ: әкімшіден қосуды сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="52"/>
        <source>= {tenge} ₸ at the МРП of {year}, {mrp} ₸</source>
        <translation>= {tenge} ₸, {year} жылғы АЕК бойынша ({mrp} ₸)</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <location filename="../../ui/widgets/settlement_dialog.py" line="47"/>
        <source>Add a settlement</source>
        <translation>Елді мекен қосу</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settlement_dialog.py" line="55"/>
        <source>&amp;Rural settlement</source>
        <translation>&amp;Ауылдық елді мекен</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settlement_dialog.py" line="67"/>
        <source>&amp;KATO code:</source>
        <extracomment>Field name -&gt; its inline message label.</extracomment>
        <translation>&amp;ӘАОЖ коды:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settlement_dialog.py" line="68"/>
        <source>Name in &amp;Kazakh:</source>
        <translation>Атауы &amp;қазақша:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settlement_dialog.py" line="69"/>
        <source>Name in R&amp;ussian:</source>
        <translation>Атауы &amp;орысша:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settlement_dialog.py" line="110"/>
        <source>This code is already in the list as {name}: saving renames it.</source>
        <translation>Бұл код тізімде {name} деген атаумен бар: сақтасаңыз, атауы өзгереді.</translation>
    </message>
</context>
<context>
    <name>SettlementPicker</name>
    <message>
        <location filename="../../ui/widgets/settlement_picker.py" line="58"/>
        <source>Settlement name or 9-digit KATO code</source>
        <extracomment>Opens the settlement dialog from the picker. The open settlement dialog (tests drive it; None once closed).</extracomment>
        <translation>Елді мекен атауы немесе 9 цифрлы ӘАОЖ коды</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settlement_picker.py" line="65"/>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settlement_picker.py" line="67"/>
        <source>Add a settlement to the office&apos;s list ({shortcut})</source>
        <translation>Мекеменің тізіміне елді мекен қосу ({shortcut})</translation>
    </message>
</context>
<context>
    <name>SignalForm</name>
    <message>
        <location filename="../../ui/cases/signal_form.py" line="23"/>
        <source>Signal &amp;date:</source>
        <translation>Сигнал &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/signal_form.py" line="24"/>
        <source>&amp;Source:</source>
        <translation>Сигнал к&amp;өзі:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/signal_form.py" line="25"/>
        <source>Source n&amp;ote:</source>
        <translation>Көзі туралы ескерт&amp;пе:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/signal_form.py" line="26"/>
        <source>Descrip&amp;tion:</source>
        <translation>&amp;Сипаттамасы:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/signal_form.py" line="28"/>
        <source>Anon&amp;ymous:</source>
        <translation>Жасыр&amp;ын:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/signal_form.py" line="28"/>
        <source>The reporter stays unnamed</source>
        <translation>Хабарлаушының аты-жөні көрсетілмейді</translation>
    </message>
</context>
<context>
    <name>StateControlCountsDialog</name>
    <message>
        <location filename="../../ui/objects/control/period_counts.py" line="25"/>
        <source>State control in a period</source>
        <translation>Кезеңдегі мемлекеттік бақылау</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/period_counts.py" line="32"/>
        <source>Inspections:</source>
        <translation>Тексерулер:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/period_counts.py" line="33"/>
        <source>with violations:</source>
        <translation>бұзушылықтары бар:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/period_counts.py" line="34"/>
        <source>with an order to remedy:</source>
        <translation>нұсқамасы бар:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/period_counts.py" line="35"/>
        <source>with a fine:</source>
        <translation>айыппұлы бар:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/period_counts.py" line="36"/>
        <source>Fines, total:</source>
        <translation>Айыппұлдар, барлығы:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/period_counts.py" line="37"/>
        <source>Remedied by the end of the period:</source>
        <translation>Кезең соңына дейін жойылды:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/period_counts.py" line="38"/>
        <source>Overdue at the end of the period (any inspection):</source>
        <translation>Кезең соңында мерзімі өткен (кез келген тексеру):</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/period_counts.py" line="59"/>
        <source>Inspections dated {start} to {end}.</source>
        <translation>{start} бастап {end} дейінгі тексерулер.</translation>
    </message>
</context>
<context>
    <name>StateControlDialog</name>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="168"/>
        <source>State control — {name}</source>
        <translation>Мемлекеттік бақылау — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="171"/>
        <source>Inspections of &lt;b&gt;{name}&lt;/b&gt; by state-control bodies: violations, orders to remedy and fines in МРП.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; нысанын мемлекеттік бақылау органдарының тексерулері: бұзушылықтар, нұсқамалар және АЕК-пен айыппұлдар.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="175"/>
        <source>Inspected</source>
        <translation>Тексерілді</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="176"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="177"/>
        <source>Violations</source>
        <translation>Бұзушылықтар</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="178"/>
        <source>Order</source>
        <translation>Нұсқама</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="179"/>
        <source>Fine</source>
        <translation>Айыппұл</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="180"/>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="181"/>
        <source>Remedied</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="199"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="203"/>
        <source>(overdue)</source>
        <translation>(мерзімі өтті)</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="240"/>
        <source>Delete the inspection</source>
        <translation>Тексеруді жою</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="241"/>
        <source>Delete the inspection of {date} by {body}? It cannot be undone.</source>
        <translation>{body} органының {date} тексеруін жою керек пе? Мұны қайтару мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="244"/>
        <source>&amp;Delete the inspection</source>
        <translation>Тексеруді &amp;жою</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="245"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Қалдыру</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="251"/>
        <source>The inspection could not be deleted: nothing changed.</source>
        <translation>Тексеруді жою мүмкін болмады: ештеңе өзгерген жоқ.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/cases/step_dialog.py" line="103"/>
        <source>The store refused the change. Your entries are still here; try again, or ask your administrator.</source>
        <translation>Дерекқор өзгерісті қабылдамады. Енгізгендеріңіз осында сақталып тұр; қайталап көріңіз немесе әкімшіге хабарласыңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/step_dialog.py" line="126"/>
        <source>%n field(s) need correcting before saving.</source>
        <translation>
            <numerusform>Сақтау алдында %n өрісті түзету қажет.</numerusform>
            <numerusform>Сақтау алдында %n өрісті түзету қажет.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/step_dialog.py" line="141"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location filename="../../ui/cases/step_dialog.py" line="141"/>
        <source>Discard what you typed?</source>
        <translation>Енгізгеніңізден бас тартасыз ба?</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="115"/>
        <source>Transfer case {number}</source>
        <translation>{number} ісін беру</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="126"/>
        <source>&amp;Browse...</source>
        <translation>Ш&amp;олу...</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="130"/>
        <source>I &amp;understand that this case will be closed as transferred</source>
        <translation>Бұл іс берілді деп жабылатынын &amp;түсінемін</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="134"/>
        <source>The family moves to another district: the case with its family and history is written to an encrypted file for that district, and closed here with the reason &quot;family moved; case transferred&quot;. Its history stays here.</source>
        <translation>Отбасы басқа ауданға көшеді: іс отбасымен және тарихымен сол ауданға арналған шифрланған файлға жазылады, ал мұнда «отбасы басқа ауданға көшті, іс берілді» себебімен жабылады. Оның тарихы мұнда сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="141"/>
        <source>Receiving district&apos;s &amp;KATO code:</source>
        <translation>Қабылдайтын ауданның &amp;ӘАОЖ коды:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="142"/>
        <source>Receiving district&apos;s &amp;name:</source>
        <translation>Қабылдайтын ауданның &amp;атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="144"/>
        <source>&amp;Folder (USB stick):</source>
        <translation>&amp;Бума (USB жинақтауыш):</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="157"/>
        <source>&amp;Transfer</source>
        <translation>Бе&amp;ру</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="174"/>
        <source>Give this passphrase to the receiving district separately from the file: by phone or on paper, never with the USB stick or in the same e-mail. It is shown only now and stored nowhere; without it the file cannot be opened.</source>
        <translation>Бұл құпия сөз тіркесін қабылдайтын ауданға файлдан бөлек беріңіз: телефонмен немесе қағазбен, ешқашан USB жинақтауышпен бірге немесе сол электрондық хатпен емес. Ол тек қазір көрсетіледі және еш жерде сақталмайды; онсыз файлды ашу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="180"/>
        <source>&amp;Copy</source>
        <translation>Кө&amp;шіру</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="182"/>
        <source>&amp;Print...</source>
        <translation>Басып шы&amp;ғару...</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="184"/>
        <source>C&amp;lose</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="210"/>
        <source>Folder for the transfer file</source>
        <translation>Беру файлына арналған бума</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="224"/>
        <source>Enter the receiving district&apos;s 9-digit KATO code.</source>
        <translation>Қабылдайтын ауданның 9 таңбалы ӘАОЖ кодын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="228"/>
        <source>Enter the receiving district&apos;s name.</source>
        <translation>Қабылдайтын ауданның атауын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="232"/>
        <source>Choose the folder to write the file into.</source>
        <translation>Файл жазылатын буманы таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="236"/>
        <source>Confirm that the case will be closed as transferred.</source>
        <translation>Іс берілді деп жабылатынын растаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="255"/>
        <source>Case {number} is closed as transferred to {office}. The file is {path}.</source>
        <translation>{number} ісі {office} ауданына берілді деп жабылды. Файл: {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="276"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="278"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="281"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="282"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="291"/>
        <source>Give this sheet to the receiving district separately from the file. Destroy it once the case is received.</source>
        <translation>Бұл парақты қабылдайтын ауданға файлдан бөлек беріңіз. Іс қабылданған соң оны жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="297"/>
        <location filename="../../ui/cases/transfer_dialogs.py" line="284"/>
        <source>Case transfer passphrase</source>
        <translation>Істі беру құпия сөз тіркесі</translation>
    </message>
</context>
<context>
    <name>TriggerDialog</name>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="53"/>
        <source>Record complaint or reconstruction</source>
        <translation>Шағымды немесе реконструкцияны жазу</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="55"/>
        <source>Re-inspection trigger</source>
        <translation>Қайта тексеру себебі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="64"/>
        <source>who complained, or what was rebuilt</source>
        <translation>кім шағымданды немесе не қайта салынды</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="67"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Не болды:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="68"/>
        <source>&amp;On:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="69"/>
        <source>&amp;Note:</source>
        <translation>Ескер&amp;ту:</translation>
    </message>
</context>
<context>
    <name>TriggersDialog</name>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="124"/>
        <source>Complaints and reconstructions — {name}</source>
        <translation>Шағымдар мен реконструкциялар — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="128"/>
        <source>Events that make a re-inspection of &lt;b&gt;{name}&lt;/b&gt; due: each stays open until a passport version dated on or after it is recorded.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; нысанын қайта тексеруді қажет ететін оқиғалар: әрқайсысы сол күні немесе одан кейін күнделген паспорт нұсқасы жазылғанша ашық тұрады.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="131"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="131"/>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="131"/>
        <source>Note</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="131"/>
        <source>Answered</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="149"/>
        <source>by the passport of {date}</source>
        <translation>{date} паспортымен</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="151"/>
        <source>open: re-inspection due</source>
        <translation>ашық: қайта тексеру мерзімі келген</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="187"/>
        <source>Delete the record</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="188"/>
        <source>Delete the record &quot;{kind}&quot; of {date}? It cannot be undone.</source>
        <translation>{date} күнгі «{kind}» жазбасын жою керек пе? Мұны қайтару мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="191"/>
        <source>&amp;Delete the record</source>
        <translation>Жазбаны &amp;жою</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="192"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Қалдыру</translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="198"/>
        <source>The record could not be deleted: nothing changed.</source>
        <translation>Жазбаны жою мүмкін болмады: ештеңе өзгерген жоқ.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="153"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="159"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="160"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="161"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="162"/>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="163"/>
        <source>Must change password</source>
        <translation>Құпиясөзді өзгертуі тиіс</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="178"/>
        <source>&amp;Add...</source>
        <translation>&amp;Қосу...</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="180"/>
        <source>&amp;Disable</source>
        <translation>&amp;Өшіру</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="182"/>
        <source>&amp;Reset password...</source>
        <translation>Құпиясөзді қалпына &amp;келтіру...</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="184"/>
        <source>Change r&amp;ole...</source>
        <translation>&amp;Рөлді өзгерту...</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="190"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="201"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="201"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="260"/>
        <location filename="../../ui/accounts/users_dialog.py" line="265"/>
        <source>Disable the user</source>
        <translation>Пайдаланушыны өшіру</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="262"/>
        <source>Disable {login}? They can no longer log in; what they entered stays, with their name on it.</source>
        <translation>{login} өшірілсін бе? Ол енді кіре алмайды; оның енгізгендері оның атымен сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="266"/>
        <source>Keep the user</source>
        <translation>Пайдаланушыны қалдыру</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="276"/>
        <source>Reset the password of {login}</source>
        <translation>{login} құпиясөзін қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="278"/>
        <source>Type a new first password for {login} and give it to them in person: they must choose their own at their next login.</source>
        <translation>{login} үшін жаңа алғашқы құпиясөзді енгізіп, оны жеке өзіне беріңіз: ол келесі кірген кезде өз құпиясөзін таңдауы тиіс.</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../ui/imports/values_page.py" line="54"/>
        <source>Values</source>
        <extracomment>Fields a file often lacks that may be given once for every row (a constant, §3.1): a list of families says nothing of the legal basis of processing, which every new household needs.</extracomment>
        <translation>Мәндер</translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="57"/>
        <source>Check what each value of the coded columns means and correct it in the list. Values not matched are listed first; a value left unmatched is an error of its rows.</source>
        <translation>Кодталған бағандардың әр мәні нені білдіретінін тексеріп, тізімнен түзетіңіз. Сәйкестендірілмеген мәндер бірінші көрсетіледі; сәйкестендірілмей қалған мән оның жолдарының қатесі болады.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="102"/>
        <source>Collecting the values...</source>
        <extracomment>(field, source text, its drop-down, its label) per distinct value. field -&gt; the widget giving its value for every row.</extracomment>
        <translation>Мәндер жиналуда...</translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="149"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="149"/>
        <source>Value in the file</source>
        <translation>Файлдағы мән</translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="149"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="156"/>
        <source>Not matched</source>
        <translation>Сәйкестендірілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="201"/>
        <source>Values for every row (the file has no column for these fields)</source>
        <translation>Барлық жолдарға ортақ мәндер (файлда бұл өрістердің бағаны жоқ)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="212"/>
        <source>Not given</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="262"/>
        <source>No column of the file holds coded values.</source>
        <translation>Файлдың бірде-бір бағанында кодталған мәндер жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="265"/>
        <source>{count} value(s) not matched: their rows will be shown as errors.</source>
        <translation>{count} мән сәйкестендірілмеген: олардың жолдары қате ретінде көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="269"/>
        <source>Every value is matched.</source>
        <translation>Барлық мәндер сәйкестендірілді.</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="31"/>
        <source>Visit &amp;date:</source>
        <translation>Бару &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="35"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="39"/>
        <source>&amp;Participants:</source>
        <translation>&amp;Қатысушылар:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="43"/>
        <source>&amp;Child seen:</source>
        <translation>Бала&amp;мен кездесу:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="46"/>
        <source>no child concerned</source>
        <translation>балаға қатысы жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="47"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="48"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="52"/>
        <source>&amp;Findings:</source>
        <translation>&amp;Нәтижесі:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="55"/>
        <source>&amp;Risk level:</source>
        <translation>Қауіп &amp;деңгейі:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="58"/>
        <source>&amp;Next follow-up due:</source>
        <translation>Келесі &amp;бақылау мерзімі:</translation>
    </message>
</context>
<context>
    <name>WorksTable</name>
    <message>
        <location filename="../../ui/objects/works_table.py" line="160"/>
        <source>Local budget</source>
        <extracomment>The first widget of a row&apos;s second line (the §4 details).</extracomment>
        <translation>Жергілікті бюджет</translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="161"/>
        <source>Owner&apos;s funds</source>
        <translation>Иесінің қаражаты</translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="162"/>
        <source>State programme</source>
        <translation>Мемлекеттік бағдарлама</translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="167"/>
        <location filename="../../ui/objects/works_table.py" line="91"/>
        <source>Zone</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="175"/>
        <location filename="../../ui/objects/works_table.py" line="92"/>
        <source>Kind of work</source>
        <translation>Жұмыс түрі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="181"/>
        <location filename="../../ui/objects/works_table.py" line="93"/>
        <source>Planned year</source>
        <translation>Жоспарланған жыл</translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="185"/>
        <source>Estimated cost, tenge</source>
        <translation>Болжамды құны, теңге</translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="191"/>
        <location filename="../../ui/objects/works_table.py" line="95"/>
        <source>Funding source</source>
        <translation>Қаржыландыру көзі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="200"/>
        <source>Completed on</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="202"/>
        <location filename="../../ui/objects/works_table.py" line="97"/>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="204"/>
        <location filename="../../ui/objects/works_table.py" line="98"/>
        <source>Expected status</source>
        <translation>Күтілетін мәртебе</translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="214"/>
        <source>Expected status for categories</source>
        <translation>Күтілетін мәртебенің санаттары</translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="94"/>
        <source>Estimated cost, ₸</source>
        <translation>Болжамды құны, ₸</translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="96"/>
        <source>Completed</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="99"/>
        <source>For categories</source>
        <translation>Санаттар үшін</translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="103"/>
        <source>Add &amp;work</source>
        <translation>&amp;Жұмыс қосу</translation>
    </message>
</context>
<context>
    <name>YesNoCombo</name>
    <message>
        <location filename="../../ui/objects/passport/fields.py" line="84"/>
        <source>not recorded</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/fields.py" line="85"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/fields.py" line="86"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
</TS>
