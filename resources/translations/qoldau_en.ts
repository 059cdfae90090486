<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountActions</name>
    <message>
        <location filename="../../ui/accounts/actions.py" line="99"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/actions.py" line="102"/>
        <source>Change my &amp;password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/actions.py" line="111"/>
        <source>&amp;Users...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/actions.py" line="114"/>
        <source>&amp;Idle lock...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/actions.py" line="121"/>
        <source>{login} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitySection</name>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="55"/>
        <source>Sphere of activity</source>
        <extracomment>The sector an object type&apos;s note names (&quot;sector=education&quot;) -&gt; its activity sphere.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="57"/>
        <source>Services provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="59"/>
        <source>Forms of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="61"/>
        <source>Age groups served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="63"/>
        <source>Disability categories served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="65"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="67"/>
        <source>Capacity measured as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="75"/>
        <source>Takes part in individual rehabilitation programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="77"/>
        <source>&amp;Sphere of activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="78"/>
        <source>Ser&amp;vices provided:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="79"/>
        <source>Forms of service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="80"/>
        <source>Age groups served:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="81"/>
        <source>Disability categories served:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="82"/>
        <source>Ca&amp;pacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="83"/>
        <source>Individual &amp;rehabilitation programmes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/activity.py" line="93"/>
        <source>&amp;2 Activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdaptationDialog</name>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="69"/>
        <source>Adaptation done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="75"/>
        <source>Passport version {version} of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="77"/>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="81"/>
        <source>Requires adaptation: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="83"/>
        <source>Requires adaptation: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="94"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="99"/>
        <source>Optional: how the service is given meanwhile (home visit, online...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="112"/>
        <source>&amp;Completed on:</source>
        <extracomment>Field name -&gt; its inline message label.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="113"/>
        <source>C&amp;ost, tenge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="114"/>
        <source>&amp;Alternative form of service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="150"/>
        <source>The commission found that this object needs no adaptation, so there is nothing to record. If that was a mistake, correct the passport first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="160"/>
        <source>Adaptation already recorded on {date}; saving corrects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="210"/>
        <source>The passport itself has problems; correct it first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="253"/>
        <source>The adaptation could not be saved: the store refused the change. Your entries are still here; try again, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="269"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/adaptation_dialog.py" line="269"/>
        <source>Discard the adaptation details you entered?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddRuleDialog</name>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="379"/>
        <source>Add norm rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="416"/>
        <source>Residential buildings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="421"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="423"/>
        <source>Name in &amp;Kazakh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="424"/>
        <source>Name in &amp;Russian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="425"/>
        <source>Name in &amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="428"/>
        <source>Zones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="429"/>
        <source>E&amp;lement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="430"/>
        <source>&amp;Measured:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="434"/>
        <source>&amp;Norm, unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="439"/>
        <source>&amp;Possible values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="440"/>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="441"/>
        <source>Cla&amp;use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="442"/>
        <source>Categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="443"/>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="446"/>
        <source>C&amp;ondition in Kazakh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="447"/>
        <source>Condition in Russ&amp;ian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="448"/>
        <source>Condition in En&amp;glish:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="466"/>
        <source>any element of the zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="484"/>
        <source>Enter the norm and the possible values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="66"/>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="70"/>
        <source>Give the new user this first password in person: they must choose their own at their first login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="83"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="84"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="85"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="88"/>
        <source>First &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="89"/>
        <source>&amp;Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="95"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="102"/>
        <source>Type the new user&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnexEditor</name>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="188"/>
        <source>&amp;Zone:</source>
        <extracomment>The column of each field of an element row (issue field ``element.&lt;i&gt;.&lt;field&gt;``). Widths of the fixed columns, px: the table fits the form&apos;s page of a 1000 px window with room left for the violations and the work note, which share the rest. The headers of the narrow columns are short (their full names are tooltips): &quot;Жоспардағы №&quot; was cut to &quot;Жос...&quot;. The active ``zone_elements`` in list order, code -&gt; label. Every ``zone_elements`` code -&gt; its zone (&quot;&quot; any zone), retired codes too. Rows of a zone Qoldau does not know (an import&apos;s): kept, and refused by the rules.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="190"/>
        <source>Zone of the annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="198"/>
        <source>Add &amp;typical elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="200"/>
        <source>Add the zone&apos;s typical elements not listed yet, presence not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="203"/>
        <source>Add &amp;element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="204"/>
        <source>Add an element (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="215"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="508"/>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="216"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="513"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="217"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="521"/>
        <source>Plan No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="217"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="218"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="524"/>
        <source>Photo No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="218"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="219"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="526"/>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="220"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="528"/>
        <source>Norm rule broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="222"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="534"/>
        <source>Recommended work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="222"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="223"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="540"/>
        <source>Work note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="223"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="226"/>
        <source>Elements of the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="228"/>
        <source>Insert adds an element, Delete removes the current one (not while typing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="263"/>
        <source>Zone conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="268"/>
        <source>Suggested conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="272"/>
        <source>Commission&apos;s conclusion on the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="274"/>
        <source>&amp;Use suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="275"/>
        <source>Copy the suggested conclusion to the commission&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="280"/>
        <source>Suggested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="281"/>
        <source>Commission&apos;s &amp;conclusion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="292"/>
        <source>Zone &amp;annexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="452"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="454"/>
        <source>Remove the element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="453"/>
        <source>Remove “{element}” and what is written in its row?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="455"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="515"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="516"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="517"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="221"/>
        <location filename="../../ui/objects/passport/annex_editor.py" line="531"/>
        <source>Categories affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="220"/>
        <source>Norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="221"/>
        <source>Cat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/annex_editor.py" line="630"/>
        <source>Nothing recorded in this zone yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovePeriodDialog</name>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="94"/>
        <source>Approve period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="99"/>
        <source>Sub-offices still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="108"/>
        <source>Approve and &amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="138"/>
        <source>Approving locks the period: the figures of {code} can no longer change until a supervisor reopens it with a reason. Packages exported from now on are approved, not drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="155"/>
        <source>Every expected sub-office&apos;s package is consolidated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="160"/>
        <source>These sub-offices have no consolidated package for {code}. Receive their packages first, or name them as missing: they are then listed on the Cover and in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="169"/>
        <source>{name}: name as missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="30"/>
        <source>Sa&amp;fety:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="26"/>
        <source>&amp;Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="25"/>
        <source>&amp;Social protection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="27"/>
        <source>Ed&amp;ucation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="28"/>
        <source>Em&amp;ployment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="29"/>
        <source>H&amp;ousing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="32"/>
        <source>&amp;Income:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="33"/>
        <source>&amp;Parenting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="52"/>
        <source>Assessment &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="58"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="59"/>
        <source>1 no need ... 5 critical need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="62"/>
        <source>Ins&amp;truments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/assessment_form.py" line="63"/>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoBackups</name>
    <message>
        <location filename="../../ui/backups/auto.py" line="108"/>
        <source>Daily backup saved: {path}</source>
        <extracomment>How often the daily backup is checked while the application runs. The first check waits this long after start-up, so the window paints first. How long a status bar message about an automatic backup stays.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/auto.py" line="114"/>
        <source>The daily backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/auto.py" line="143"/>
        <source>Making a backup before closing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/auto.py" line="145"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/auto.py" line="174"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/auto.py" line="175"/>
        <source>Backup failed: {reason}

Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/auto.py" line="176"/>
        <source>Quit without a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/auto.py" line="177"/>
        <source>Stay open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/backups/actions.py" line="57"/>
        <source>&amp;Back up now...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="59"/>
        <source>&amp;Restore from backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="61"/>
        <source>Backup setti&amp;ngs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="81"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="83"/>
        <source>Qoldau backups (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="101"/>
        <source>Making a backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="102"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="119"/>
        <source>Backup saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="127"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="128"/>
        <source>The backup was not made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="137"/>
        <location filename="../../ui/backups/actions.py" line="157"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="139"/>
        <source>Qoldau backups (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="151"/>
        <source>The replaced store was kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/actions.py" line="159"/>
        <source>The backup was restored. {kept}

Log in again: the restored store has the accounts and passwords of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../../ui/backups/settings_dialog.py" line="34"/>
        <source>Backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_dialog.py" line="42"/>
        <source>Default: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_dialog.py" line="45"/>
        <source>C&amp;hoose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_dialog.py" line="50"/>
        <source>Backup &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_dialog.py" line="54"/>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_dialog.py" line="55"/>
        <source>Make a backup &amp;every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_dialog.py" line="72"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ui/backups/texts.py" line="32"/>
        <source>The backup {path} is damaged or incomplete: it cannot be restored; nothing was changed. Choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/texts.py" line="41"/>
        <source>{file}: {error}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/texts.py" line="44"/>
        <source>An unexpected error; the details are in the log. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlankPreviewDialog</name>
    <message>
        <location filename="../../ui/objects/prints/blank.py" line="408"/>
        <source>Print preview: blank passport of {name}</source>
        <extracomment>A box to tick beside an option. A blank cell, two lines high for handwriting. How many empty rows follow a zone&apos;s typical elements (elements the list does not name). The two printouts: the blank passport and the inspection checklist.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/prints/blank.py" line="410"/>
        <source>Print preview: inspection checklist of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/prints/blank.py" line="416"/>
        <source>Save the blank passport as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/prints/blank.py" line="417"/>
        <source>Save the inspection checklist as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakdownsView</name>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="59"/>
        <source>Closed cases by closure reason</source>
        <extracomment>Tables with more columns than this take the whole width of the view. The tables shown, by key (``x_closures``...), and their widgets.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="60"/>
        <source>Closure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="61"/>
        <source>Closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="62"/>
        <source>Children in open cases by sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="63"/>
        <source>Children in open cases by age band (age at the period end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="64"/>
        <source>Children in open cases by residence (urban, rural)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="65"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="66"/>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="67"/>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="68"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="69"/>
        <source>Boys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="70"/>
        <source>Girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="71"/>
        <source>Urban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="72"/>
        <source>Rural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="73"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="74"/>
        <source>0–2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="75"/>
        <source>3–6 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="76"/>
        <source>0–6 years, subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="77"/>
        <source>7–13 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="78"/>
        <source>14–17 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="79"/>
        <source>Open cases by family category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="80"/>
        <source>Family category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="81"/>
        <source>Open cases at the period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="83"/>
        <source>A family may belong to several categories: the rows overlap and have no total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="85"/>
        <source>Open cases by signal source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="86"/>
        <source>Signal source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="87"/>
        <source>Related ratios (not the official indicator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="89"/>
        <source>Neither ratio is the indicator, the share of accessible objects among passported objects (table A1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="92"/>
        <source>KATO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="93"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="94"/>
        <source>Passported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="95"/>
        <source>Requiring adaptation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="96"/>
        <source>Adapted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="97"/>
        <source>Adaptation completion, % (adapted / requiring adaptation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="99"/>
        <source>Found inaccessible at passportization, % (requiring adaptation / passported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="102"/>
        <source>Passported objects by confirmed level of accessibility for each category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="104"/>
        <source>Confirmed level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="105"/>
        <source>Fully accessible (ДП-В, ДП-И)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="106"/>
        <source>Partially accessible (ДЧ-В, ДЧ-И)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="107"/>
        <source>Conditionally accessible (ДУ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="108"/>
        <source>Temporarily inaccessible (ВНД)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="109"/>
        <source>К — wheelchair users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="110"/>
        <source>О — persons with musculoskeletal impairments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="111"/>
        <source>С — persons with visual impairments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="112"/>
        <source>Г — persons with hearing impairments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="113"/>
        <source>У — persons with intellectual impairments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="114"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="115"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="117"/>
        <source>The breakdowns are left out of this consolidation: a consolidated package did not carry them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/breakdowns_view.py" line="120"/>
        <source>The breakdowns were not computed for these figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="191"/>
        <source>Approve &amp;now</source>
        <extracomment>The key text column of a case table (measure, findings, event) is never narrower than this. Another free-text column (agency, reason, note) grows to its text up to this, then wraps.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="194"/>
        <source>Approve what awaits approval: the support plan, the closure or the reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="203"/>
        <source>Add &amp;visit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="204"/>
        <source>Add servic&amp;e...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="208"/>
        <source>T&amp;ransfer to another district...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="220"/>
        <location filename="../../ui/cases/case_dialog.py" line="241"/>
        <location filename="../../ui/cases/case_dialog.py" line="253"/>
        <location filename="../../ui/cases/case_dialog.py" line="264"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="222"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="229"/>
        <location filename="../../ui/cases/case_dialog.py" line="288"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="230"/>
        <location filename="../../ui/cases/case_dialog.py" line="254"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="231"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="232"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="233"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="234"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="242"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="243"/>
        <source>Child seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="244"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="245"/>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="246"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="255"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="256"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="257"/>
        <location filename="../../ui/cases/case_dialog.py" line="267"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="265"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="266"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="268"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="274"/>
        <source>Si&amp;gnal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="279"/>
        <source>Space ticks a factor; Ctrl+S saves. Factors marked as restricted are shown only here, never in lists, summaries or exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="286"/>
        <source>Ris&amp;k factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="287"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="289"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="290"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="291"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="302"/>
        <source>Print s&amp;ummary...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="342"/>
        <source>&amp;Identify...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="343"/>
        <source>&amp;Assess needs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="344"/>
        <source>Support &amp;plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="345"/>
        <source>A&amp;ccompany...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="346"/>
        <source>C&amp;lose case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="347"/>
        <source>&amp;Reopen...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="384"/>
        <source>New case: signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="385"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="387"/>
        <location filename="../../ui/cases/case_dialog.py" line="414"/>
        <source>Worker: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="410"/>
        <source>Case {number} — {family}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="408"/>
        <source>Case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="458"/>
        <source>support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="459"/>
        <source>closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="460"/>
        <source>reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="467"/>
        <source>Awaiting approval: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="472"/>
        <source>{item} approved by {login} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="508"/>
        <source>Approve without the child&apos;s opinion?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="510"/>
        <source>The opinion of {names} about this decision has not been recorded. A child aged 10 or over is heard before a plan or a closure is decided (or the reason why not is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="514"/>
        <source>Approve all the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="515"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="541"/>
        <source>{label} [restricted access]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="578"/>
        <source>v{version} of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="591"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="591"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="627"/>
        <source>before the transfer: {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="631"/>
        <source>assigned to {login}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="744"/>
        <source>The store refused the change. Your entries are still here; try again, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/case_dialog.py" line="755"/>
        <source>%n field(s) need correcting before saving.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="785"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_dialog.py" line="785"/>
        <source>Discard the changes to this case?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStepDialogs</name>
    <message>
        <location filename="../../ui/cases/case_step_dialogs.py" line="51"/>
        <source>Needs assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_step_dialogs.py" line="83"/>
        <source>Support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_step_dialogs.py" line="121"/>
        <source>Accompaniment starts &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_step_dialogs.py" line="122"/>
        <source>Accompaniment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_step_dialogs.py" line="151"/>
        <source>Visit or contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_step_dialogs.py" line="176"/>
        <source>Service delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSummaryPreviewDialog</name>
    <message>
        <location filename="../../ui/cases/case_summary.py" line="711"/>
        <source>Print preview: case {number}</source>
        <extracomment>Code lists whose labels the summary prints.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_summary.py" line="716"/>
        <source>Save the case summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/cases/table_model.py" line="43"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="44"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="45"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="46"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="47"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="48"/>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="49"/>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="50"/>
        <source>Risk factors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTransfer</name>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="63"/>
        <source>Your role does not allow transferring cases: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="69"/>
        <source>The file could not be written or read: {reason}. Nothing was changed; check the USB stick or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="74"/>
        <source>The transfer failed: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="433"/>
        <source>Transferred from {office} case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="436"/>
        <source>Transferred to {office} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/cases/page.py" line="128"/>
        <source>&amp;New case...</source>
        <extracomment>Work lists in tab order (RELAUNCH: issue 14, brief §3.6). The value of the plan-limit spin box that means &quot;no limit&quot;. N of the relaunch list (``relaunch_after_days``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="129"/>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="130"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="131"/>
        <source>Case actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="144"/>
        <source>Only &amp;my cases in the follow-up and plan lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="151"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="152"/>
        <location filename="../../ui/cases/page.py" line="164"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="157"/>
        <source>Plan &amp;due within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="169"/>
        <source>Open cases whose family is still in Digital Family Map category D or E this many days after the case opened are listed for relaunch with the mobile group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="174"/>
        <source>Re&amp;launch after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="185"/>
        <source>No time limit for drawing up a plan is set (none is official): the list shows every case still waiting for its plan. Set a number of days in &quot;Plan due within&quot; to list only the cases waiting longer.</source>
        <extracomment>Says what the &quot;without a plan&quot; list holds when no limit is set.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="243"/>
        <source>No open case. A case starts with a signal: register it, then identify the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="249"/>
        <source>Register a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="251"/>
        <source>No case in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="271"/>
        <source>My open cases ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="272"/>
        <source>Follow-ups this week ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="273"/>
        <source>Overdue follow-ups ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="274"/>
        <source>Without a plan ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="276"/>
        <source>Waiting for a plan ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="277"/>
        <source>All open cases ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="278"/>
        <source>Awaiting approval ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="279"/>
        <source>Relaunch D/E ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="306"/>
        <source>Reading the work lists...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="328"/>
        <source>The work lists could not be read. Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="429"/>
        <source>Recei&amp;ve a transferred case...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/accounts/password_dialog.py" line="48"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/password_dialog.py" line="53"/>
        <source>Your administrator gave you this password. Choose your own password now; nobody else, the administrator included, will know it. Cancel quits Qoldau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/password_dialog.py" line="63"/>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/password_dialog.py" line="66"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/password_dialog.py" line="67"/>
        <source>&amp;Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/password_dialog.py" line="73"/>
        <source>Change the &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/password_dialog.py" line="84"/>
        <source>Choose a password other than the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeThresholdDialog</name>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="317"/>
        <source>Change threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="319"/>
        <source>New threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="323"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="330"/>
        <source>New &amp;threshold, {unit}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="331"/>
        <source>&amp;Reason (decision, letter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="361"/>
        <source>Enter the new threshold as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="365"/>
        <source>Edition {old_n}: {old} → edition {new_n}: {new}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="180"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="182"/>
        <source>The figures are computed and the data is checked before the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="204"/>
        <source>Computing the figures of {code} and checking the data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="244"/>
        <source>Export the empty report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="245"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="266"/>
        <source>The export cannot go on: the computed figures break the rules of the report format. Make a backup of the store and contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="289"/>
        <source>The checks could not run; go back and try again. Details: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="237"/>
        <source>Export an empty report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="239"/>
        <source>All figures of {code} are zero: no object and no case is counted in this period. Such a report is usually a mistake (another period, another store, or a register not imported yet).

Export it anyway? Its Cover sheet will say that all figures are zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="272"/>
        <source>All figures of {code} are zero: no object and no case is counted in this period. Check the period, and that the register was imported, before you export an empty report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildOpinionDialog</name>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="101"/>
        <source>Opinion of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../../ui/cases/closure_dialog.py" line="69"/>
        <source>Close case {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureForm</name>
    <message>
        <location filename="../../ui/cases/closure_dialog.py" line="32"/>
        <source>Closure &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/closure_dialog.py" line="34"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/closure_dialog.py" line="35"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/closure_dialog.py" line="36"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../ui/imports/columns_page.py" line="45"/>
        <source>Columns</source>
        <extracomment>Examples shown beside each header (the first non-empty values below it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/columns_page.py" line="48"/>
        <source>Check what each column of the file holds and correct it in the list. Fields marked * are required; a column left as &apos;Not imported&apos; is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/columns_page.py" line="74"/>
        <source>Column</source>
        <extracomment>(header text, its drop-down, its label) per column of the header row.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/columns_page.py" line="74"/>
        <source>Header in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/columns_page.py" line="74"/>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/columns_page.py" line="74"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/columns_page.py" line="86"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/columns_page.py" line="186"/>
        <source>Not matched: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/columns_page.py" line="190"/>
        <source>Required fields without a column: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletenessTableModel</name>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="227"/>
        <source>KATO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="228"/>
        <source>Sub-office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="229"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="230"/>
        <source>Timeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="231"/>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="232"/>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="233"/>
        <source>Package id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="234"/>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="277"/>
        <source>consolidated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="278"/>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="284"/>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="285"/>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="287"/>
        <source>not due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reporting/received_table_model.py" line="295"/>
        <source>replaced %n earlier</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="302"/>
        <source>{old} created {created}, received {received}: replaced by {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="311"/>
        <source>{new} created {created}, received {received}: current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="330"/>
        <source>(name not known yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="353"/>
        <source>Returned: package {id} of {created}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="278"/>
        <location filename="../../ui/reporting/received_table_model.py" line="286"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentBanner</name>
    <message>
        <location filename="../../ui/families/consent_banner.py" line="42"/>
        <source>Consent expired on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/consent_banner.py" line="44"/>
        <source>Consent withdrawn on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/consent_banner.py" line="46"/>
        <source>: personal data of this family are no longer processed; only the consent record is kept and may be changed (a consent given again, or a law that keeps the processing, lifts this).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/consent_banner.py" line="52"/>
        <source>Consent withdrawn on {date}; processing continues by law ({basis}): only what that law requires is processed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlActions</name>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="63"/>
        <source>State &amp;control...</source>
        <extracomment>The passport-state filter&apos;s value of the due list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="66"/>
        <source>Inspections of the selected object by control bodies (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="69"/>
        <source>Record complaint or reconstr&amp;uction...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="73"/>
        <source>Record a complaint, reconstruction or change of use that makes a re-inspection due (Ctrl+Shift+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="78"/>
        <source>State control in a peri&amp;od...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="81"/>
        <source>Count the state-control inspections of a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="113"/>
        <source>{reason} since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="118"/>
        <source>Re-inspection due: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="122"/>
        <source>violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="122"/>
        <source>no violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="124"/>
        <source>fine {fine}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="126"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="128"/>
        <source>remedied {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/page_actions.py" line="152"/>
        <source>{label} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../ui/accounts/lock.py" line="99"/>
        <source>Qoldau is locked</source>
        <extracomment>Input that counts as the user being there.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash_dialog.py" line="54"/>
        <source>Qoldau: unexpected error</source>
        <extracomment>False after ``install_excepthook(show_dialog=False)`` (``--no-crash-dialog``). The non-modal dialog of :func:`show_bug` while it is open: one at a time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="59"/>
        <source>Something went wrong. Everything saved before is safe in the store.
Copy the text below and send it to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="68"/>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="77"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="174"/>
        <source>&amp;Period:</source>
        <extracomment>Years offered in the period list: this one and the ones before it. Key figures in display order. Unit names in the interface language by KATO code (read with each computation: the sub-offices a region knows change as packages are received). What the share and cases charts show (None before the first computation).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="178"/>
        <location filename="../../ui/reporting/dashboard.py" line="183"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="185"/>
        <source>P&amp;rint report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="205"/>
        <source>Objects in the register</source>
        <extracomment>Says when the figures are taken as of today (a period not ended).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="206"/>
        <source>Passported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="207"/>
        <source>Accessible share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="209"/>
        <source>Open cases, whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="210"/>
        <source>Overdue cases, whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="261"/>
        <source>&amp;Charts</source>
        <extracomment>Under a card&apos;s caption: the date its figure is taken at. The breakdowns of issue 14, as the printed report has them (a tab beside the charts).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="262"/>
        <source>&amp;Breakdowns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="318"/>
        <source>Computing the figures...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="337"/>
        <source>The figures could not be computed. Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="347"/>
        <source>The period {code} has not ended: the figures are as of today, {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="355"/>
        <source>as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="374"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="375"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="377"/>
        <source>Accessible share by unit, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="390"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="390"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="393"/>
        <source>Cases opened and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="405"/>
        <source>Open cases by risk factor (top 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/dashboard.py" line="412"/>
        <source>No open cases with a risk factor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/widgets/date_edit.py" line="35"/>
        <source>Date as dd.mm.yyyy; leave blank if unknown; T enters today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionExtraSection</name>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="29"/>
        <location filename="../../ui/objects/passport/decision_extra.py" line="73"/>
        <source>Period, programme and approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="32"/>
        <source>Works from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="34"/>
        <source>Works until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="44"/>
        <source>Plan or programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="46"/>
        <source>Approval needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="49"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="51"/>
        <source>Approval date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="53"/>
        <source>Accessibility map updated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="54"/>
        <source>Works &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="55"/>
        <source>Plan or pro&amp;gramme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="56"/>
        <source>Appro&amp;val needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="57"/>
        <source>Approved &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="58"/>
        <source>Approval &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/decision_extra.py" line="59"/>
        <source>Accessibility &amp;map updated on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <location filename="../../ui/demo_dialog.py" line="59"/>
        <source>Load demo data</source>
        <extracomment>Largest number of objects one run may add (a big district has a few thousand). Largest number of families one run may add (each with its case).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="63"/>
        <source>Demo data is for training only: invented objects, passports and adaptation works dated within the last three years. Do not load it into a real office&apos;s store; use a separate training store. The same number and seed give the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="78"/>
        <source>Number of &amp;objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="79"/>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="83"/>
        <source>Number of &amp;families (each with a case):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="88"/>
        <source>This store already holds {count} objects. Add demo data to it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="103"/>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="124"/>
        <source>Tick the box to confirm that demo data may go into this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="166"/>
        <source>Adding demo data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="184"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="187"/>
        <source>Added {objects} objects and {passports} passports ({passported} objects passported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="195"/>
        <source>Added {families} families with {members} members and {cases} cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="206"/>
        <source>Cancelled: nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="213"/>
        <source>The demo data could not be added; nothing was changed. Details: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demo_dialog.py" line="222"/>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="302"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="304"/>
        <source>Choose a folder, or a USB stick from the list, to receive the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="307"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="309"/>
        <source>B&amp;rowse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="317"/>
        <source>Removable &amp;drives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="319"/>
        <source>Re&amp;fresh drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="323"/>
        <source>No USB stick found. Insert one and press Refresh drives, or choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="358"/>
        <source>{name} ({path}), {free} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="375"/>
        <source>Replace the package?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="377"/>
        <source>The folder already holds a package of this office and period:
{files}
Replace it with the new export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="380"/>
        <source>Replace the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="381"/>
        <source>Choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="389"/>
        <source>The package is written as {files}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="392"/>
        <source>These files already exist in this folder: they will be replaced after you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="396"/>
        <source>This folder does not exist: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="414"/>
        <source>Folder for the package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestructionAct</name>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="35"/>
        <source>Act No. {number} on the destruction of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="36"/>
        <source>Destruction act {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="37"/>
        <source>Date of the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="38"/>
        <source>Method of destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="39"/>
        <source>Executed in the store by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="40"/>
        <source>Families destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="41"/>
        <source>Cases destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="42"/>
        <source>People whose records were destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="43"/>
        <source>Records destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="44"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="45"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="46"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="47"/>
        <source>Case closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="48"/>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="49"/>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="52"/>
        <source>The records listed were deleted from the store together with their personal data; the audit log keeps that they existed and were destroyed, their personal values no longer readable. Backups made before this act still hold the data until they are deleted or age out; backups made after it do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="57"/>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="58"/>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="59"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestructionActPreviewDialog</name>
    <message>
        <location filename="../../ui/families/destruction_act_print.py" line="126"/>
        <source>Destruction act: print preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Discard</name>
    <message>
        <location filename="../../ui/widgets/discard.py" line="25"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/discard.py" line="26"/>
        <source>Continue editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="95"/>
        <source>&amp;Open the existing record</source>
        <extracomment>Person id -&gt; (label, open button, not-a-duplicate button) of each shown candidate. The warning about the same IIN in open cases (hidden when there is none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="97"/>
        <source>&amp;Not a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="112"/>
        <source>This IIN is in open case(s) {numbers}: check that the person really belongs to both households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="125"/>
        <source>birth date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="126"/>
        <source>no IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="128"/>
        <source>family No. {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="132"/>
        <source>in no family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="134"/>
        <source>same IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="136"/>
        <source>similar name, same birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/duplicate_dialog.py" line="138"/>
        <source>Possible duplicate ({reason}): {name}, {born}, IIN {iin}, {family}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../../ui/accounts/encrypt_dialog.py" line="55"/>
        <source>Encrypt the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/encrypt_dialog.py" line="59"/>
        <source>The store {path} was made by an older version of Qoldau and is not encrypted: anyone who copies the file can read every name and IIN in it. Qoldau will now make a backup of it and then encrypt it. Choose the administrator&apos;s password; the next window shows the recovery key to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/encrypt_dialog.py" line="69"/>
        <source>&amp;Administrator login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/encrypt_dialog.py" line="72"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/encrypt_dialog.py" line="73"/>
        <source>&amp;Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/encrypt_dialog.py" line="84"/>
        <source>&amp;Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/encrypt_dialog.py" line="104"/>
        <source>Type the administrator&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/encrypt_dialog.py" line="142"/>
        <source>The store could not be encrypted; it is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpectedDistrictsDialog</name>
    <message>
        <location filename="../../ui/reporting/page.py" line="104"/>
        <source>Expected districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="108"/>
        <source>The districts of {name} that send packages: one 9-digit KATO code a line (e.g. {example}). Districts that have sent a package stay expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="115"/>
        <source>&amp;Codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="149"/>
        <source>{code}: a KATO code has exactly 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="153"/>
        <source>{code} is not a district of this region: a district&apos;s code starts with {prefix}, then two digits other than 00, then 00000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="190"/>
        <source>The codes were not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="430"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="437"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="447"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="451"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="508"/>
        <source>Writing the package to {folder}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="536"/>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="558"/>
        <source>Verifying the package...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="607"/>
        <source>The manifest cannot be read back: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="611"/>
        <source>Workbook: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="612"/>
        <source>Manifest: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="613"/>
        <source>SHA-256 of the workbook: {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="614"/>
        <source>Rows per sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="624"/>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="640"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="654"/>
        <source>Verified: the package is complete, unchanged and follows the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="659"/>
        <source>The package failed verification: export it again.
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="672"/>
        <source>The package could not be verified. Details: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportResult</name>
    <message>
        <location filename="../../ui/reporting/export_result.py" line="27"/>
        <source>The package for {period} was written to {folder} as two files ({workbook} and {manifest}).</source>
        <extracomment>The states of the check after writing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_result.py" line="42"/>
        <source>It is being checked: does it open, and do its figures match...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_result.py" line="46"/>
        <source>It was checked after writing: it opens and its figures match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_result.py" line="50"/>
        <source>The check after writing found problems (below): do not send it; export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_result.py" line="54"/>
        <source>It could not be checked after writing (below): press Verify to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_result.py" line="69"/>
        <source>It is a DRAFT: approve the period before sending it (the office above does not consolidate a draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_result.py" line="76"/>
        <source>The period was approved by {user} on {day} without the packages of {missing}: the package can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_result.py" line="85"/>
        <source>The period was approved by {user} on {day}: the package can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="713"/>
        <source>Export report package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="716"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="717"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="718"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="719"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="124"/>
        <source>A file of the package in {folder} is open in another program (Excel?) or the folder cannot be written. Close the file and press Try again, or go back and choose another folder. Nothing was written.</source>
        <extracomment>Folders under which desktops mount removable media (Linux, macOS).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="131"/>
        <source>The folder {folder} is no longer there (was the USB stick removed?). Insert it again and press Try again, or go back and choose another folder. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="139"/>
        <source>The figures break the rules of the report format, so nothing was written. This is a program error or a damaged store: contact support with these details:
{details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="145"/>
        <source>The package could not be written to {folder} ({error}). Check that the USB stick is still inserted and has free space, then press Try again, or go back and choose another folder. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="151"/>
        <source>The export failed; nothing was written. Details: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsBox</name>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="272"/>
        <source>No package has been exported yet: export one with &quot;Export package...&quot;, then read the receiving office&apos;s receipt with &quot;Read receipts...&quot;.</source>
        <extracomment>The widest a column other than the last grows to its contents (its header is never cut).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="280"/>
        <source>Read rec&amp;eipts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="281"/>
        <source>Read the receipts of packages sent (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="284"/>
        <location filename="../../ui/reporting/exports_box.py" line="383"/>
        <source>Read receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="290"/>
        <source>Pri&amp;nt receipt...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="352"/>
        <source>When the receiving office hands back its receipt, read it with &quot;Read receipts...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="355"/>
        <source>Nothing to do: the package is consolidated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="358"/>
        <source>The package was a draft: ask your supervisor to approve the period, then export again and send the new package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="362"/>
        <source>Correct the figures, ask your supervisor to reopen the period, then approve it, export again and send the new package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="385"/>
        <source>Receipts (*.receipt.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsTableModel</name>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="93"/>
        <source>Period</source>
        <extracomment>The row&apos;s object (:class:`ExportInfo` or :class:`ReasonRow`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="94"/>
        <source>Exported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="95"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="96"/>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="97"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="109"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="111"/>
        <source>approved ({period})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="112"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="117"/>
        <source>no receipt yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="119"/>
        <source>accepted by {office} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="125"/>
        <source>returned: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="126"/>
        <source>refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <location filename="../../ui/families/page.py" line="70"/>
        <source>&amp;New family...</source>
        <extracomment>Typing pauses this long before the search runs, so each keystroke does not query. The family dialog open now (None otherwise).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="70"/>
        <source>Add a family (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="73"/>
        <source>&amp;Open family...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="76"/>
        <source>Open the household of the selected person (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="79"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="82"/>
        <source>Reload the list (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="85"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="87"/>
        <source>Family actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="93"/>
        <source>IIN digits or the start of a name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="98"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="128"/>
        <source>No family yet. Add the first family and its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="131"/>
        <source>Add a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="133"/>
        <source>Nobody matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/page.py" line="136"/>
        <location filename="../../ui/families/page.py" line="138"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/families/page.py" line="253"/>
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="99"/>
        <source>New family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="99"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="126"/>
        <source>Name</source>
        <extracomment>The members as edited (ended memberships included, oldest first). The member dialog currently open (None otherwise). The household of a duplicate candidate, opened from the member dialog&apos;s banner.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="127"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="128"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="129"/>
        <source>IIN (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="130"/>
        <source>Member since / until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="142"/>
        <source>&amp;Add member (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="143"/>
        <source>&amp;Edit (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="144"/>
        <source>E&amp;nd membership (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="174"/>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="186"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="188"/>
        <source>Mone&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="223"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="235"/>
        <source>Left the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="307"/>
        <source>Remove {name} from the members being entered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="308"/>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="310"/>
        <source>{name} no longer lives in this household: end the membership?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="311"/>
        <source>End the membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="314"/>
        <source>End membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="317"/>
        <source>Keep the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="358"/>
        <source>The family could not be saved: the store refused the change. Your entries are still here; try again, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/families/family_dialog.py" line="388"/>
        <source>%n problem(s) must be fixed before saving.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="403"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_dialog.py" line="403"/>
        <source>Discard the changes to this family?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyForm</name>
    <message>
        <location filename="../../ui/families/family_form.py" line="91"/>
        <source>Not stated</source>
        <extracomment>Field names in form (and Tab) order, as used by :class:`~models.issues.Issue`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="91"/>
        <source>Urban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="93"/>
        <source>Rural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="112"/>
        <source>Space ticks or clears the current category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="114"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="123"/>
        <source>tenge a month; optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="131"/>
        <source>purpose, data list, any transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="135"/>
        <source>the law that keeps processing after the withdrawal, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="138"/>
        <source>e.g. Social Code, article 133</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="165"/>
        <source>&amp;Settlement (KATO):</source>
        <extracomment>Field name -&gt; the widget to focus and frame.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="166"/>
        <source>Street &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="167"/>
        <source>&amp;Urban or rural:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="168"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="169"/>
        <source>&amp;Housing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="170"/>
        <source>H&amp;eating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="171"/>
        <source>CO/&amp;gas detector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="172"/>
        <source>Family &amp;categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="173"/>
        <source>Digital Family &amp;Map level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="174"/>
        <source>Level &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="175"/>
        <source>Level s&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="176"/>
        <source>&amp;Income per person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="177"/>
        <source>&amp;Legal basis of processing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="178"/>
        <source>Consent &amp;form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="179"/>
        <source>Consent da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="180"/>
        <source>Consent &amp;recorded by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="181"/>
        <source>Co&amp;nsent scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="182"/>
        <source>Consent &amp;valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="183"/>
        <source>Consent &amp;withdrawn on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="184"/>
        <source>Processing &amp;kept by law:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/family_form.py" line="185"/>
        <source>Statutory &amp;basis:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/imports/file_page.py" line="51"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="55"/>
        <source>Choose the workbook with the list of families and members, then check the sheet and the row that holds the column headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="62"/>
        <source>Choose the workbook with the register, then check the sheet and the row that holds the column headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="67"/>
        <source>Path of the .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="68"/>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="74"/>
        <source>Save empty &amp;template...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="82"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="85"/>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="88"/>
        <source>&amp;Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="105"/>
        <source>First &amp;rows of the sheet (the header row is highlighted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="170"/>
        <source>Reading {name}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="177"/>
        <source>Matching the columns and values...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="206"/>
        <source>This file is in Qoldau&apos;s registry template (column codes in row 1): it is imported as it is. Press Next to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="213"/>
        <source>Check the sheet and the header row, then press Next: Qoldau proposes what each column holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="244"/>
        <source>Using the saved profile &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="255"/>
        <source>Open workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="257"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <location filename="../../ui/widgets/findings_panel.py" line="76"/>
        <source>Finding</source>
        <extracomment>The finding&apos;s code (str). True when the finding blocks the export.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/findings_panel.py" line="76"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/findings_panel.py" line="76"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../ui/widgets/findings_panel.py" line="148"/>
        <source>&amp;Open the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="186"/>
        <source>Object</source>
        <extracomment>Labels of the forms, by table and column: (translation context, source text). Tables whose fields read with another table&apos;s labels. The kinds of records a history lists (its own and its parts).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="187"/>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="188"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="189"/>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="190"/>
        <source>Adaptation work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="191"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="192"/>
        <source>Family category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="193"/>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="194"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="195"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="196"/>
        <source>Case event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="197"/>
        <source>Risk factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="198"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="199"/>
        <source>Assessment score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="200"/>
        <source>Support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="201"/>
        <source>Plan measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="202"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="203"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="204"/>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="205"/>
        <source>Child&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="206"/>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="207"/>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="209"/>
        <source>Zone element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="210"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="211"/>
        <source>State control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="212"/>
        <source>Re-inspection reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="213"/>
        <source>Norm rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="214"/>
        <source>Office setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="215"/>
        <source>Typical element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="218"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="219"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="220"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="221"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="222"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="223"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="242"/>
        <source>Registry number</source>
        <extracomment>Columns of the history table. Linking fields, named by the kind of record they point to. Fields no form labels, by table and column: the dialog&apos;s own words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="244"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="246"/>
        <source>SANITARY core for residential objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="249"/>
        <source>Re-inspection interval, years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="252"/>
        <source>Large family: minors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="253"/>
        <source>Plan due, days after identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="256"/>
        <source>Relaunch after, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="298"/>
        <source>History: {record}</source>
        <extracomment>The widest the What and Field columns grow to their contents (the values get the rest).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="305"/>
        <location filename="../../ui/audit/history_dialog.py" line="336"/>
        <source>When</source>
        <extracomment>Codes, dates, settlements and links in words, as the forms show them.
----------
Who opened the family (supervisors and administrators only; None otherwise).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="306"/>
        <location filename="../../ui/audit/history_dialog.py" line="336"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="307"/>
        <location filename="../../ui/audit/history_dialog.py" line="336"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="308"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="309"/>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="310"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="327"/>
        <source>&amp;Changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="341"/>
        <source>&amp;Who opened this family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="379"/>
        <source>Nothing has been recorded for this record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="384"/>
        <source>value destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_dialog.py" line="433"/>
        <source>&amp;History... (Ctrl+H)</source>
        <extracomment>The history dialog last opened (tests drive it), None before.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_values.py" line="103"/>
        <source>Yes</source>
        <extracomment>Coded fields whose codes are a code list of the store: (table, column) -&gt; list name. Coded fields holding several codes separated by spaces: (table, column) -&gt; list name, or None for user categories (shown by their letters, К О С Г У). Columns holding &quot;YES&quot;, &quot;NO&quot; or &quot;&quot; (issue 12&apos;s yes/no questions). The forms&apos; words for the fixed vocabularies: code -&gt; (translation context, source text). The letters the passport form puts before a service form&apos;s words. Linking fields: the record they point to is named (:func:`models.audit.history.linked_names`). Fields holding a settlement&apos;s KATO code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_values.py" line="104"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/history_values.py" line="106"/>
        <source>record removed ({id})</source>
        <extracomment>A link to a record that no longer exists: its UUID&apos;s first characters follow.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="148"/>
        <source>KATO</source>
        <extracomment>The row&apos;s object (:class:`HeldPackage`, :class:`CompletenessRow` or :class:`PlanRow`). The flat list model the Reporting page&apos;s other tables build on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="149"/>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="150"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="151"/>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="152"/>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="153"/>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="154"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="155"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="156"/>
        <source>Replaced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="167"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="167"/>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <location filename="../../ui/cases/identify_dialog.py" line="98"/>
        <source>Identify case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/identify_dialog.py" line="105"/>
        <source>Family {family}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/identify_dialog.py" line="117"/>
        <source>Family {family} (new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyForm</name>
    <message>
        <location filename="../../ui/cases/identify_dialog.py" line="36"/>
        <source>Identified &amp;on:</source>
        <extracomment>People listed per search.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/identify_dialog.py" line="39"/>
        <source>Surname, name or IIN of a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/identify_dialog.py" line="40"/>
        <source>&amp;Find family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/identify_dialog.py" line="41"/>
        <source>Fa&amp;mily:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/identify_dialog.py" line="43"/>
        <source>&amp;New family...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/identify_dialog.py" line="62"/>
        <source>{name}, {birth} — family {family}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <location filename="../../ui/accounts/actions.py" line="43"/>
        <source>Idle lock</source>
        <extracomment>Milliseconds in a minute (the idle lock&apos;s setting is in minutes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/actions.py" line="47"/>
        <source>Qoldau locks its window after this many minutes without keyboard or mouse input on this computer, and asks for the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/actions.py" line="57"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/actions.py" line="58"/>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/imports/import_page.py" line="43"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="44"/>
        <source>Everything is imported, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="48"/>
        <source>&amp;Stop the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="56"/>
        <source>&amp;Warnings (these rows are imported all the same):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="86"/>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="103"/>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="134"/>
        <source>The import was refused; nothing was changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="146"/>
        <source>Imported: {families_new} new families, {families_updated} updated; {members_new} new members, {members_linked} linked to people already in Qoldau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_page.py" line="156"/>
        <source>Imported: {added} new objects, {updated} updated, {unchanged} unchanged; {passports} passports added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/imports/texts.py" line="67"/>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/texts.py" line="71"/>
        <location filename="../../ui/imports/texts.py" line="79"/>
        <source>The file cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/texts.py" line="80"/>
        <source>The import failed; nothing was changed. Details: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="56"/>
        <source>New state-control inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="58"/>
        <source>State-control inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="62"/>
        <source>e.g. the quality control department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="67"/>
        <source>number and date, empty if none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="78"/>
        <source>Inspected &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="79"/>
        <source>Control &amp;body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="80"/>
        <source>&amp;Violations found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="81"/>
        <source>&amp;Order to remedy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="82"/>
        <source>&amp;Fine, МРП:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="83"/>
        <source>Dead&amp;line to remedy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="84"/>
        <source>&amp;Remedied on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="85"/>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelGrid</name>
    <message>
        <location filename="../../ui/objects/level_grid.py" line="93"/>
        <source>Full</source>
        <extracomment>Data of the &quot;not assessed yet&quot; entry: a new passport starts with nothing assumed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/level_grid.py" line="94"/>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/level_grid.py" line="95"/>
        <source>Conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/level_grid.py" line="96"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/level_grid.py" line="97"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/level_grid.py" line="108"/>
        <source>Not applicable: the zone is absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/level_grid.py" line="170"/>
        <source>Choose a level for every category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/level_grid.py" line="52"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/level_grid.py" line="58"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <location filename="../../ui/widgets/lock_banner.py" line="55"/>
        <source>Period {period} is approved (by {by}, {at}): the fields that change its figures are read-only. A supervisor can reopen the period on the Reporting page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/accounts/lock.py" line="141"/>
        <source>Qoldau is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/lock.py" line="147"/>
        <source>Qoldau was locked after a time without use. {login} ({role}): type your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/lock.py" line="155"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/lock.py" line="160"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/lock.py" line="161"/>
        <source>&amp;Switch user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="93"/>
        <source>Log in to Qoldau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="95"/>
        <source>Store: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="101"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="102"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="106"/>
        <source>&amp;Forgot password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="109"/>
        <source>Log &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="117"/>
        <source>Type your login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Qoldau</source>
        <extracomment>Screens up to this width (the office monitors: 1024, 1280, 1366) open the window maximised. The principal&apos;s role: the window shows only what it may do (reporting.md §5). The automatic backups, once the application enables them (``enable_auto_backups``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Office: {name} ({kato})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Store: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>My open cases: {mine} | my follow-ups this week: {due} | my overdue (as of {date}): {overdue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Your own cases only. The dashboard, the printed report and B1 count the cases of the whole office by the same rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>Cases (my overdue: {overdue})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Import the register (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Load demo data for training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>{overdue} of your own open cases have an overdue follow-up as of {date} (the dashboard counts the whole office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>&amp;Import object registry...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Import &amp;family list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Save registry &amp;template...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Load &amp;demo data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Retention and destruction...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>МРП and &amp;poverty lines...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>&amp;Office settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334"/>
        <source>&amp;Norm rules...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>&amp;Export report package...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>Data &amp;quality...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>&amp;Receive packages...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>&amp;Print period report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>&amp;About Qoldau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="511"/>
        <source>About Qoldau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementTable</name>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="105"/>
        <location filename="../../ui/objects/measurement_table.py" line="59"/>
        <source>Zone</source>
        <extracomment>Colours of inline messages (the same as the form&apos;s frames). The passport form marks warnings a shade darker than inline field messages. None: the object is not known, housing rules are offered too. Stored verdicts by (zone, check, element, value), as put_measurements matches them. The check and element each populated row was stored with, by its check combo.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="111"/>
        <location filename="../../ui/objects/measurement_table.py" line="60"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="115"/>
        <location filename="../../ui/objects/measurement_table.py" line="61"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="121"/>
        <location filename="../../ui/objects/measurement_table.py" line="62"/>
        <source>Photo no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="234"/>
        <source>Meets the norm ({document}, {clause}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="290"/>
        <source>checked before norm editions were kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="292"/>
        <source>edition {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="294"/>
        <source>Met the norm {norm} ({edition}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="296"/>
        <source>Did not meet the norm {norm} ({edition}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="300"/>
        <source>Checked against {ref}, {edition}: a later threshold does not change this verdict; change the value to check it against the norm in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="64"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/measurement_table.py" line="66"/>
        <source>Add &amp;measurement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/families/member_dialog.py" line="73"/>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_dialog.py" line="73"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/families/member_dialog.py" line="166"/>
        <source>%n field(s) need correcting before the member is kept.</source>
        <extracomment>Person ids declared &quot;not a duplicate&quot; in this dialog (and earlier, from the draft). Candidates the user has already seen in the banner (OK then proceeds). The family dialog opened from the banner, if any.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/families/member_dialog.py" line="180"/>
        <source>Check the possible duplicate above: open the existing record, mark it &quot;Not a duplicate&quot;, or press OK again to keep this as a new person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../ui/families/member_form.py" line="107"/>
        <source>12 digits</source>
        <extracomment>Fields that identify a person: leaving one of them runs the duplicate search. Fields a valid IIN fills when they are empty. Field names in form (and Tab) order, as used by :class:`~models.issues.Issue`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="118"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="119"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="132"/>
        <source>Disabled since childhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="133"/>
        <source>Set without an end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="135"/>
        <source>Special educational needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="138"/>
        <source>School or kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="149"/>
        <source>Registered with the p&amp;olice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="151"/>
        <source>On the intra-school register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="181"/>
        <source>&amp;IIN:</source>
        <extracomment>Field name -&gt; the widget to focus and frame.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="182"/>
        <source>No IIN &amp;because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="183"/>
        <source>&amp;Surname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="184"/>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="185"/>
        <source>&amp;Patronymic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="186"/>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="187"/>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="188"/>
        <source>&amp;Relation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="189"/>
        <source>&amp;Citizenship or status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="190"/>
        <source>&amp;Disability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="193"/>
        <source>Re-e&amp;xamination date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="195"/>
        <source>P&amp;MPK conclusion date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="196"/>
        <source>Sc&amp;hool or kindergarten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="197"/>
        <source>&amp;Employment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="198"/>
        <source>Care st&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="199"/>
        <source>P&amp;lacement form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="201"/>
        <source>Police registration date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="203"/>
        <source>Intra-school registration date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_form.py" line="211"/>
        <source>Filled from the IIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../ui/families/member_table_model.py" line="170"/>
        <source>Surname</source>
        <extracomment>Rows fetched per keyset page. The :class:`models.families.dto.MemberRow` of a row (any column).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_table_model.py" line="171"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_table_model.py" line="172"/>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_table_model.py" line="173"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_table_model.py" line="174"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_table_model.py" line="175"/>
        <source>IIN (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_table_model.py" line="211"/>
        <source>M</source>
        <comment>sex: male</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/member_table_model.py" line="213"/>
        <source>F</source>
        <comment>sex: female</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>This field is required.</source>
        <extracomment>Stable issue codes of models/ and exporters/ -&gt; message (English source text, translated in the ``Messages`` context at display time; lupdate reads these QT_TRANSLATE_NOOP entries).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>Unknown code {code}: choose a value from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>A KATO code has exactly 9 digits, e.g. 113220100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>No region has the KATO prefix {region}: check the first two digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>This settlement is outside the office&apos;s territory ({office}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60"/>
        <source>This KATO code is not in the office&apos;s list of settlements: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>The text holds an invisible control character (pasted from another program): retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>A BIN has exactly 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>The BIN&apos;s check digit does not match: look for a mistyped digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>This is a personal IIN, not a BIN: the fifth digit of a BIN is 4, 5 or 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="78"/>
        <source>Enter a value from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81"/>
        <source>Enter the element&apos;s name in Kazakh or in Russian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>This zone already has an element of that name ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="87"/>
        <source>The passport is approved after the inspection, not before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91"/>
        <source>The confirmed status differs from the suggested one: explain why in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95"/>
        <source>{code} means the same status for all five categories, but {categories} differ: set the same status for all five, or use {selective} for the categories it covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="100"/>
        <source>The check {check} does not apply to this zone: choose a check of the zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105"/>
        <source>Another photo already has the number {number}: give each photo its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108"/>
        <source>This element is not in the photo&apos;s zone: choose an element of the zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="111"/>
        <source>The picture is larger than {limit} MB: add it again to scale it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="115"/>
        <source>This element belongs to another zone: choose an element of this zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="118"/>
        <source>Mark the user categories the violation affects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="121"/>
        <source>The element is marked absent, yet violations of it are recorded: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>The object is marked adapted, but the passport found no adaptation needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="128"/>
        <source>The adaptation cannot be completed before the passport date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="132"/>
        <source>No adaptation is required, yet a category has no access: check the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136"/>
        <source>{low}-{high} {unit} is the physically possible range: check the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="140"/>
        <source>Does not meet the norm: must be {operator} {threshold} {unit} ({document}, {clause}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="145"/>
        <source>The check {check} is for another element: choose a check of this element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="148"/>
        <source>The check {check} is retired: choose a check in force for a new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="151"/>
        <source>The check {check} is for residential buildings only: choose another check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="154"/>
        <source>A rule code is 2-40 capital Latin letters, digits or _, e.g. STAIR_WIDTH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="157"/>
        <source>A rule with the code {code} exists already: choose another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="160"/>
        <source>The element {element} belongs to none of the rule&apos;s zones: add its zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="163"/>
        <source>Name the check in at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="166"/>
        <source>The lowest possible value must be below the highest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="169"/>
        <source>Use at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="170"/>
        <source>Enter the date as dd.mm.yyyy, e.g. 20.11.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="171"/>
        <source>Enter an amount in tenge, e.g. 1 250 000,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="172"/>
        <source>Enter an amount in МРП with at most two decimals, e.g. 10,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="175"/>
        <source>Enter a number, e.g. 0,9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>Choose a level for every category (N/A when the zone is absent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="180"/>
        <source>An IIN has exactly 12 digits ({length} typed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="181"/>
        <source>The IIN&apos;s check digit does not match (it should be {expected}): look for a mistyped digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="186"/>
        <source>No IIN is ever issued with these first 11 digits: check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="190"/>
        <source>The first six digits ({date_part}) are not a date. IINs issued since 2013 need not encode the birth date: check the number, then save if it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="195"/>
        <source>The seventh digit ({digit}) is outside 1-6. IINs issued since 2013 need not encode century and sex: check the number, then save if it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="200"/>
        <source>The IIN encodes the birth date {encoded}, not the one entered. IINs issued since 2013 need not encode it: check both, then save if they are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="205"/>
        <source>The IIN encodes the other sex. IINs issued since 2013 need not encode it: check both, then save if they are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="210"/>
        <source>Enter the IIN, or choose the reason there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="214"/>
        <source>An IIN is entered: clear the reason for having none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="218"/>
        <source>Another member of this family has the same IIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="222"/>
        <source>The birth date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="223"/>
        <source>A child of the family must be under 18, but this person is {age}: check the birth date or the relation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="228"/>
        <source>Children under 7 have a disability status without a group: check the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="232"/>
        <source>From age 7 a disability has group I, II or III: check the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="236"/>
        <source>Only group I is usually set without an end date: check the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="240"/>
        <source>The date cannot be before the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="241"/>
        <source>A placement form applies only to an orphan or a child without parental care: set the care status or clear the placement form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="246"/>
        <source>Intra-school registration concerns pupils, but this person is {age}: check the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="250"/>
        <source>Record either the opinion heard or the reason it could not be heard, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="254"/>
        <source>This child is not a member of the case&apos;s family: choose a child of the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="258"/>
        <source>The membership cannot end before it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="262"/>
        <source>A family has one reference person (applicant): change one relation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="266"/>
        <source>A large family has at least {required} minors living together; {minors} are entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="270"/>
        <source>Consent cannot be withdrawn before it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="274"/>
        <source>Consent is withdrawn: processing on consent stops unless a law requires it. Record a statutory basis if there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="279"/>
        <location filename="../../ui/messages.py" line="283"/>
        <location filename="../../ui/messages.py" line="287"/>
        <source>The date cannot be before the signal ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="291"/>
        <source>The date cannot be before the case&apos;s previous step ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="295"/>
        <source>Every measure needs a due date: enter when it must be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="299"/>
        <source>A measure cannot be due before the plan is drawn up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="303"/>
        <source>A plan needs at least one measure: choose a service type and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="307"/>
        <source>The review cannot be before the plan is drawn up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="311"/>
        <source>The next follow-up cannot be before this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="315"/>
        <source>Attach the family first: find it by a member&apos;s name or IIN, or add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="319"/>
        <source>Draw up the support plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="320"/>
        <source>The case is closed: reopen it to record more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="321"/>
        <location filename="../../ui/messages.py" line="322"/>
        <location filename="../../ui/messages.py" line="323"/>
        <location filename="../../ui/messages.py" line="324"/>
        <source>The case cannot move to this stage now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="326"/>
        <source>This is already approved by {by} on {date}: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="329"/>
        <source>There is nothing of this case awaiting approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="332"/>
        <source>The approval date cannot be before the date approved ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="336"/>
        <source>This transfer is from this very district: a case is sent to another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="339"/>
        <source>This transfer file is addressed to another district ({office}): nothing was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="343"/>
        <source>This transfer was already received as case {number}: nothing was received again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="347"/>
        <source>The transfer file&apos;s content is not a case Qoldau can receive: nothing was received. Ask the sending district to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="352"/>
        <source>This is not a Qoldau case transfer file, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="355"/>
        <source>This transfer file was made by another version of Qoldau: install the same version as the sending district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="360"/>
        <source>The transfer file is incomplete (cut short while copying): ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="364"/>
        <source>The file is too large to be a case transfer file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="367"/>
        <source>The passphrase does not open this file, or the file was changed on the way. Check the passphrase with the sending district: nothing was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="372"/>
        <source>The folder {path} does not exist: insert the USB stick or choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="376"/>
        <source>This entry is no longer in the store (removed meanwhile): close it and open the family again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="381"/>
        <source>This person is not a member of the family: choose a member or nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="384"/>
        <source>A poverty line of {year} has the basis of its year ({basis}): until 2024, 70 % of the subsistence minimum; from 2025, 35 % of the regional median income, not below 70 % of the subsistence minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="390"/>
        <source>No estimate: the family has no current member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="393"/>
        <source>No estimate: no current income is recorded and none is declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="396"/>
        <source>No estimate: no poverty line is set for this quarter. An administrator adds it under Settings &gt; МРП and poverty lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="401"/>
        <source>No estimate: the МРП of this year is not set. An administrator adds it under Settings &gt; МРП and poverty lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="408"/>
        <source>Consent was withdrawn on {date}: this family&apos;s personal data are no longer processed, so nothing of it can be changed or added. Record a consent given again, or the law that keeps the processing, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="414"/>
        <source>A chosen family is not due for destruction (a case is open or closed less than the retention period ago): refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="421"/>
        <source>Enter an area in m² greater than 0 and less than {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="424"/>
        <source>A plot area is given but the object has no adjacent plot: check the plot answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="428"/>
        <source>The date cannot be before the inspection ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="434"/>
        <source>Invalid value ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="510"/>
        <source>There is no Qoldau store at {path}.</source>
        <extracomment>Codes whose parameters are shown otherwise than as given (numbers, dates, units, statuses). Codes of :class:`~models.store.db.StoreError` -&gt; message (``{path}`` is the store&apos;s file).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="511"/>
        <source>A store already exists at {path}; it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="514"/>
        <source>The store {path} was made by a newer version of Qoldau. Install the newer version to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="519"/>
        <source>The store {path} has no office yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="520"/>
        <source>A file already exists at {path}; it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="523"/>
        <source>The store {path} is damaged: nothing was written. Restore the latest backup, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="528"/>
        <source>{path} is not a Qoldau store or it is damaged. Restore the latest backup, or ask your administrator; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="534"/>
        <source>The backup folder {path} is not there (is the USB stick plugged in?). No backup was made; the data is safe and the next backup will be tried later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="539"/>
        <source>The backup folder {path} is full. No backup was made; free some space or choose another folder in the backup settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="544"/>
        <source>Qoldau cannot write into the backup folder {path}. No backup was made; choose another folder in the backup settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="550"/>
        <source>{path} is not a Qoldau backup file: it cannot be restored; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="554"/>
        <source>The backup {path} belongs to another office: it cannot be restored over this store; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="566"/>
        <source>The store {path} was made by an earlier version of Qoldau and is not encrypted yet. An administrator encrypts it first; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="571"/>
        <source>The store {path} is encrypted already: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="587"/>
        <source>The login or the password is wrong. Check the keyboard layout and Caps Lock.</source>
        <extracomment>Why a login, an unlock, a recovery or an account change was refused: the codes of ``models/store/keys.py`` ``AuthError``, of ``models/reference/accounts.py`` and of ``models/reference/roles.py`` ``RoleError`` -&gt; message (``{until}``: the end of a lock-out).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="590"/>
        <source>Too many wrong passwords: this login is locked until {until}. Wait, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="595"/>
        <source>The recovery key or the administrator login is wrong: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="599"/>
        <source>Your role does not allow this: nothing was changed. Ask your supervisor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="603"/>
        <source>The two passwords differ: type the same new password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="606"/>
        <source>The password is too short: use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="609"/>
        <source>The password is too long: use at most 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="612"/>
        <source>The password must not be the login: choose another password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="615"/>
        <source>A login is one word of up to 64 characters, without spaces, e.g. aigerim.s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="619"/>
        <source>The login {login} is taken: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="622"/>
        <source>There is no account {login}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="623"/>
        <source>Choose a role from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="624"/>
        <source>{login} is the last active administrator: make another account an administrator first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="629"/>
        <source>Only the user themselves changes their password with the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="632"/>
        <source>Only an active administrator of the backup may restore it: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="637"/>
        <source>The account was not changed ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="653"/>
        <source>Period {period} is approved ({by}, {at}): this change would alter its report, so nothing was saved. Records dated after the period can still be changed; a supervisor can reopen the period with a reason.</source>
        <extracomment>Approved periods, returns and receipts (reporting.md §6): the codes of ``models/reference/approvals.py`` (``period_locked``), ``models/reporting/approval.py`` (``APPROVAL_CODES``), ``models/reporting/returns.py``, ``models/reporting/exports.py``, the consolidation&apos;s ``not_approved`` and ``exporters/receipt.py`` (``RECEIPT_CODES``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="659"/>
        <source>Period {period} ends on {end}: it can be approved from the next day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="662"/>
        <source>Period {period} is already approved ({by}, {at}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="665"/>
        <source>Period {period} is not approved: there is nothing to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="668"/>
        <source>Give the reason for reopening the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="671"/>
        <source>No package for {period} has been consolidated from {katos}: receive them first, or list them as missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="676"/>
        <source>{katos}: not a sub-office this office expects a package from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="679"/>
        <source>The package is a draft: its period is not approved by the sender. It can be checked but not consolidated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="684"/>
        <source>No package of this office for this period is consolidated here: there is nothing to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="689"/>
        <source>Give the reason for returning the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="692"/>
        <source>This receipt is about another office&apos;s package, or about no package exported here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="696"/>
        <source>The receipt cannot be read: it is not a UTF-8 JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="699"/>
        <source>The file is too large to be a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="700"/>
        <source>The receipt is nested too deeply: it is not a Qoldau receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="703"/>
        <source>The file is not a Qoldau receipt of a known format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="706"/>
        <source>The receipt is incomplete or damaged: a value is missing or of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="710"/>
        <source>Refused ({code}): nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="738"/>
        <source>The import profile cannot be read: it is not a UTF-8 JSON file.</source>
        <extracomment>Import profiles (reporting.md §3.1, issue 15): ``exporters/import_profile.py`` (``PROFILE_CODES``) and the stored profiles of ``models/reference/import_profiles.py`` (``STORED_PROFILE_CODES``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="741"/>
        <source>The file is too large to be an import profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="744"/>
        <source>The import profile is nested too deeply: it is not a Qoldau import profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="747"/>
        <source>The file is not a Qoldau import profile of a known format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="750"/>
        <source>The import profile is incomplete or damaged: the value of {key} is missing or of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="755"/>
        <source>The import profile is for {target}: only objects and family members can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="759"/>
        <source>The import profile names a field that cannot be imported: {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="762"/>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="763"/>
        <source>No import profile is saved as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="765"/>
        <source>The import profile was refused ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="776"/>
        <source>Your role ({role}) does not allow this: nothing was changed. Ask your supervisor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="21"/>
        <source>The file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="22"/>
        <source>The workbook holds too many parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="23"/>
        <source>The workbook holds a part with a forbidden name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="26"/>
        <location filename="../../ui/package_messages.py" line="27"/>
        <source>The workbook unpacks to too much data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="28"/>
        <source>The workbook is compressed implausibly far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="29"/>
        <source>A sheet declares cells beyond the limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="30"/>
        <source>A sheet has too many rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="31"/>
        <source>Two sheets have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="32"/>
        <source>A cell holds a formula: the workbook must hold values only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="35"/>
        <source>The workbook&apos;s properties hold an IIN: reports carry no personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="38"/>
        <source>A cell comment holds an IIN: reports carry no personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="41"/>
        <source>A defined name holds an IIN: reports carry no personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="44"/>
        <source>The workbook cannot be read: reading it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="47"/>
        <source>The workbook cannot be read in time: it is too large or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="50"/>
        <source>The workbook needs too much memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="58"/>
        <source>The manifest file is missing.</source>
        <extracomment>Rules of a report package that reading or verification found broken (``exporters/package_read.py``, ``exporters/package_verify.py``; reporting.md §2) -&gt; message. The sheet and row are shown beside it; the English detail stays in the log.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="59"/>
        <source>The manifest is far larger than a real one: it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="62"/>
        <source>The manifest nests too deep: it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="65"/>
        <source>The package is dated more than a day ahead of this computer&apos;s clock: check the date of this computer or of the sender&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="70"/>
        <source>The manifest cannot be read: it is not a UTF-8 JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="73"/>
        <source>The manifest lacks required keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="74"/>
        <source>This is not a Qoldau report package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="75"/>
        <source>The package was made by a newer version of Qoldau: install the newer version to receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="80"/>
        <source>The manifest does not name the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="81"/>
        <source>The manifest&apos;s period is not a reporting period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="84"/>
        <source>The manifest&apos;s creation time is not a date and time with a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="87"/>
        <source>The manifest has no package number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="88"/>
        <source>The manifest does not name the Qoldau version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="91"/>
        <source>The manifest does not describe the workbook (file name, checksum, size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="94"/>
        <source>The manifest does not give the row count of each sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="97"/>
        <source>The manifest&apos;s list of included packages is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="101"/>
        <source>The sending office&apos;s KATO code or level is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="104"/>
        <source>Packages of the sending office&apos;s level are not sent to another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="107"/>
        <source>The sending office {sender} is not a sub-office of this office ({receiver}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="111"/>
        <source>The workbook named in the manifest is not beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="18"/>
        <source>The workbook cannot be read as an Excel workbook (.xlsx).</source>
        <extracomment>Limits of the bounded workbook reader (``exporters/workbook_limits.py``, ``exporters/workbook_reader.py``): why a package&apos;s or a registry&apos;s workbook is refused.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="559"/>
        <source>The key file beside the store {path} (its name ends in .keys) is missing: without it the store can be neither opened nor backed up. Put the file back from a copy, or ask your administrator to restore a backup or to use the office&apos;s recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="114"/>
        <source>The workbook&apos;s file name does not follow the package&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="117"/>
        <source>The workbook&apos;s size differs from the manifest: it was changed after export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="120"/>
        <source>The workbook&apos;s checksum differs from the manifest: it was changed after export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="124"/>
        <source>A sheet of the report is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="125"/>
        <source>The workbook holds a sheet the format does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="128"/>
        <source>The sheet&apos;s row count differs from the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="131"/>
        <source>A cell holds what looks like an IIN: reports carry no personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="135"/>
        <source>The row of column numbers (1, 2, 3…) is missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="138"/>
        <source>There is no header row above the column numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="139"/>
        <source>A column header differs from the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="140"/>
        <source>Cells are filled beyond the table&apos;s last column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="143"/>
        <source>A cell holds a value of the wrong kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="144"/>
        <source>A required cell is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="145"/>
        <source>The same code is on two rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="146"/>
        <source>A count is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="147"/>
        <source>A count is implausibly large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="148"/>
        <source>The table does not end with a total row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="149"/>
        <source>The total row names the wrong KATO code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="150"/>
        <source>A total differs from the sum of the rows above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="153"/>
        <source>The total row&apos;s share is not computed from its totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="156"/>
        <source>The row&apos;s KATO code is neither this office nor one of its sub-offices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="160"/>
        <source>Passported ≤ subject to passportization ≤ objects does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="163"/>
        <location filename="../../ui/package_messages.py" line="172"/>
        <source>Adapted ≤ requiring adaptation ≤ passported does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="166"/>
        <source>The accessible share is not computed by the rule of the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="169"/>
        <source>Objects accessible to a category exceed the passported objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="175"/>
        <source>The KATO code is not in this office&apos;s territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="176"/>
        <source>The passport date is missing or after the period&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="179"/>
        <source>An accessibility status is not a known code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="180"/>
        <source>Requires adaptation is neither 1 nor 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="181"/>
        <source>An adapted date is given without requires adaptation 1, or after the period&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="185"/>
        <source>Open at the end ≠ open at the start + opened − closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="188"/>
        <source>Children with a disability exceed the children in the cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="191"/>
        <source>Overdue cases exceed the open cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="193"/>
        <source>A breakdown does not add up to the figure of A1 or B1 it breaks down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="196"/>
        <source>A breakdown row has a code outside its groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="197"/>
        <source>A ratio is not computed from its counts by the rule of the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/package_messages.py" line="202"/>
        <source>The package breaks the rule {rule}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>m</source>
        <comment>unit: metres</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passport_messages.py" line="10"/>
        <source>A re-inspection should say why it was made: choose the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passport_messages.py" line="13"/>
        <source>A first passport is not a re-inspection: leave the reason empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passport_messages.py" line="16"/>
        <source>The route has no level differences, yet they are marked as fitted: check both answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passport_messages.py" line="20"/>
        <source>The works cannot end before they start: check the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passport_messages.py" line="23"/>
        <source>Check the date: it is before {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passport_messages.py" line="24"/>
        <source>An expected status ДП-И or ДЧ-И names its categories: tick at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passport_messages.py" line="28"/>
        <source>Only an expected status ДП-И, ДЧ-И or ДУ names categories: clear the ticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/passport_messages.py" line="32"/>
        <source>This date is after the passport (decision) date: the questionnaire and the act come before the decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyEntryDialog</name>
    <message>
        <location filename="../../ui/families/money_tab.py" line="111"/>
        <source>Income</source>
        <extracomment>(person id, name) of the family&apos;s members, read when a row is shown or edited.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="111"/>
        <source>New income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="113"/>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="113"/>
        <source>New benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="118"/>
        <source>The whole family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="130"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="131"/>
        <location filename="../../ui/families/money_tab.py" line="135"/>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="132"/>
        <source>&amp;Tenge a month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="134"/>
        <source>&amp;Benefit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="136"/>
        <source>&amp;Amount in МРП:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="137"/>
        <source>МРП of the &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="138"/>
        <source>S&amp;ince:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="139"/>
        <source>&amp;Until (last day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="140"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="171"/>
        <source>Type the amount, e.g. 90000 or 16,03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="177"/>
        <source>Type the date as dd.mm.yyyy, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyTab</name>
    <message>
        <location filename="../../ui/families/money_tab.py" line="248"/>
        <location filename="../../ui/families/money_tab.py" line="252"/>
        <source>Member</source>
        <extracomment>The entry dialog open (tests drive it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="248"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="248"/>
        <source>Tenge a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="248"/>
        <location filename="../../ui/families/money_tab.py" line="257"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="253"/>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="254"/>
        <source>МРП</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="255"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="256"/>
        <source>Tenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="280"/>
        <source>Add income...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="281"/>
        <location filename="../../ui/families/money_tab.py" line="290"/>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="282"/>
        <location filename="../../ui/families/money_tab.py" line="291"/>
        <location filename="../../ui/families/money_tab.py" line="495"/>
        <location filename="../../ui/families/money_tab.py" line="497"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="289"/>
        <source>Add benefit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="295"/>
        <source>Incomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="296"/>
        <source>Benefits received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="326"/>
        <source>the whole family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="343"/>
        <source>Save the family first: then its incomes and benefits are recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="368"/>
        <source>no МРП for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="371"/>
        <source>{amount} once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="371"/>
        <source>{amount} a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="388"/>
        <source>Per-capita income on {day}: not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="392"/>
        <source>declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="392"/>
        <source>computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="394"/>
        <source>Per-capita income on {day}: {amount} tenge a month ({source}; {members} current members).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="403"/>
        <source>Poverty line for {year}, quarter {quarter}: not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="408"/>
        <source>every region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="410"/>
        <source>Poverty line applied: {amount} tenge, {year}, quarter {quarter}, {region}; basis: {basis}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="420"/>
        <source>Targeted social assistance: Estimate, not a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="425"/>
        <source>The per-capita income is not below the poverty line: no assistance is estimated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="430"/>
        <source>({line} − {income}) × {members} members = {base} a month; {children} children aged 1-6 × 1.5 МРП ({mrp}) = {extra} a month; {monthly} a month × {months} months = {total} tenge for the quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="496"/>
        <source>Remove this entry? The family&apos;s history keeps that it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/money_tab.py" line="498"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../ui/accounts/password_dialog.py" line="121"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/password_dialog.py" line="122"/>
        <source>&amp;Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NormRulesDialog</name>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="101"/>
        <source>Norm rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="123"/>
        <source>Thresholds of the building-norm checks (brief §2.8). A change puts a new edition in force for new measurements; a value already stored keeps the verdict and edition it was checked against. A breach is evidence for the commission and never blocks a passport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="132"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="133"/>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="134"/>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="135"/>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="136"/>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="147"/>
        <source>Norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="137"/>
        <source>Document, clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="138"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="139"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="140"/>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="147"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="147"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="147"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="147"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="149"/>
        <source>&amp;Change threshold...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="151"/>
        <source>&amp;Add rule...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="153"/>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="239"/>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="194"/>
        <source>{title} (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="239"/>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="241"/>
        <source>{code}: {condition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="243"/>
        <source>no condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="59"/>
        <source>slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="60"/>
        <source>width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="61"/>
        <source>depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="62"/>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="63"/>
        <source>height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="64"/>
        <source>diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="65"/>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="66"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="67"/>
        <source>present (1 yes, 0 no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="74"/>
        <source>mandatory norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="74"/>
        <source>to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/norm_rules_dialog.py" line="166"/>
        <source>Editions of the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <location filename="../../ui/objects/passport/notes.py" line="32"/>
        <source>Date of the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/notes.py" line="34"/>
        <source>Date of the inspection act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/notes.py" line="36"/>
        <source>Date of the commission decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/notes.py" line="38"/>
        <source>Special notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/notes.py" line="39"/>
        <source>Date of the &amp;questionnaire:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/notes.py" line="40"/>
        <source>Date of the inspection &amp;act:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/notes.py" line="42"/>
        <source>Date of the commission decision (the passport date):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/notes.py" line="45"/>
        <source>Special &amp;notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/notes.py" line="52"/>
        <source>&amp;5 Special notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectDetailPanel</name>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="61"/>
        <source>Type:</source>
        <extracomment>The passport id of a version item.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="62"/>
        <source>Settlement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="63"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="64"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="67"/>
        <source>Press Enter to open a version; older versions open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="69"/>
        <source>&amp;Passport versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="82"/>
        <source>State control... (Ctrl+Shift+K) opens the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="89"/>
        <source>State control:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="101"/>
        <source>No inspections recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="118"/>
        <source>No object selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="136"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="138"/>
        <source>Version {n} of {date} (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="140"/>
        <source>Version {n} of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/detail_panel.py" line="145"/>
        <source>No passport yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectDialog</name>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="73"/>
        <source>New object</source>
        <extracomment>Fields a package reads of an object (type, passportization and its dates): read-only while an approved period covers the object.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="73"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="117"/>
        <source>Passport versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="133"/>
        <source>A passport or adaptation of this object is dated {date}, before its registration date: the object was already in the register then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="138"/>
        <source>&amp;Move the registration date back to {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="153"/>
        <source>Version {version}, passport of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="155"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="159"/>
        <source>No passport yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="193"/>
        <source>The object could not be saved: the store refused the change. Your entries are still here; try again, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/objects/object_dialog.py" line="206"/>
        <source>%n field(s) need correcting before the object can be saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="212"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_dialog.py" line="212"/>
        <source>Discard the changes to this object?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectForm</name>
    <message>
        <location filename="../../ui/objects/object_form.py" line="154"/>
        <source>12 digits</source>
        <extracomment>Kept importable from here for code written before :mod:`ui.widgets.field_errors` existed. Passport §1 fields on the object (issue 12, ``ObjectDraft.general``), in form order: they sit on the form&apos;s second tab. The code list of each coded §1 field. Field names in form (and Tab) order, as used by :class:`~models.issues.Issue`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="166"/>
        <source>Residential or long-stay (e.g. boarding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="167"/>
        <source>Subject to passportization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="174"/>
        <source>Not open to the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="175"/>
        <source>Closed or mothballed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="176"/>
        <source>Due for demolition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="177"/>
        <source>Duplicate of another record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="183"/>
        <source>Choose or type the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="207"/>
        <source>&amp;Name:</source>
        <extracomment>Field name -&gt; the widget to focus and frame.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="208"/>
        <source>Object &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="209"/>
        <source>&amp;Settlement (KATO):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="210"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="211"/>
        <source>&amp;Owner (organisation):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="212"/>
        <source>Owner &amp;BIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="213"/>
        <source>Res&amp;ponsible body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="214"/>
        <source>&amp;Floors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="215"/>
        <source>&amp;Year built:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="218"/>
        <source>E&amp;xclusion reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="219"/>
        <source>Exclusion &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="220"/>
        <source>&amp;Registered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="238"/>
        <source>&amp;1 Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="239"/>
        <source>&amp;2 Passport §1 General information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="344"/>
        <location filename="../../ui/objects/object_form.py" line="349"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="350"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="350"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="369"/>
        <source>Planned current or capital repairs: kind and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="376"/>
        <source>Bui&amp;lding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="377"/>
        <source>Floor ar&amp;ea, m²:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="378"/>
        <source>Adjacent &amp;plot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="379"/>
        <source>Plot area, m²:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="380"/>
        <source>Last &amp;capital repair (year):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="381"/>
        <source>Planned repai&amp;rs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="382"/>
        <source>Le&amp;gal address of the organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="383"/>
        <source>Basis of &amp;use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="384"/>
        <source>O&amp;wnership:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="385"/>
        <source>Territorial le&amp;vel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/object_form.py" line="386"/>
        <source>&amp;Higher body:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectTableModel</name>
    <message>
        <location filename="../../ui/objects/table_model.py" line="259"/>
        <source>Status for: {category}</source>
        <extracomment>Rows fetched per keyset page. One status column per user category, in :data:`models.objects.tables.CATEGORIES` order (К О С Г У). Column -&gt; sort key of :data:`models.objects.repository.SORT_KEYS`. Light background hints per status level (text stays black, so contrast holds). The :class:`models.objects.dto.ObjectRow` of a row (any column).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="299"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="300"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="301"/>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="302"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="303"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="304"/>
        <source>Passport date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="305"/>
        <source>Requires adaptation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="306"/>
        <source>Adapted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="325"/>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="330"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="330"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/table_model.py" line="342"/>
        <source>{category}: no passport status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectsPage</name>
    <message>
        <location filename="../../ui/objects/page.py" line="134"/>
        <source>Register actions</source>
        <extracomment>Typing pauses this long before the search runs, so each keystroke does not query. After saving, look this many extra pages ahead for the saved object to select it. A viewer&apos;s register: passports open read-only, nothing is added or changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="221"/>
        <source>&amp;New object...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="224"/>
        <source>Add an object to the register (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="228"/>
        <source>&amp;Open object...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="230"/>
        <source>Open the selected object (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="233"/>
        <source>&amp;Passport...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="236"/>
        <source>Open the current passport, or start the first one (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="239"/>
        <source>&amp;Re-inspection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="242"/>
        <source>Start a new passport version based on the current one (Shift+F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="245"/>
        <source>Record &amp;adaptation done...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="248"/>
        <source>Record that the adaptation works are completed (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="251"/>
        <source>P&amp;rint passport...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="254"/>
        <source>Preview and print the current passport (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="258"/>
        <source>Print &amp;blank passport...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="262"/>
        <source>Print the object&apos;s passport form to fill in by hand: the general information from the register, the rest blank (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="267"/>
        <source>Print inspection chec&amp;klist...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="271"/>
        <source>Print each zone&apos;s typical elements and norm checks with their thresholds, to fill in at the object (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="276"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="279"/>
        <source>Reload the register (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="282"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="285"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="288"/>
        <source>Show every object again (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="302"/>
        <source>Search name or address (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="309"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="316"/>
        <source>Any passport state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="317"/>
        <source>Passported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="318"/>
        <source>Not passported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="319"/>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="320"/>
        <location filename="../../ui/objects/page.py" line="574"/>
        <source>Re-inspection due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="326"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="327"/>
        <source>Accessible ({codes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="336"/>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="341"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="342"/>
        <source>Yes, not yet adapted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="343"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="357"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="367"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="368"/>
        <source>Se&amp;ttlement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="369"/>
        <source>Pa&amp;ssport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="370"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="370"/>
        <source>f&amp;or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="371"/>
        <source>Needs a&amp;daptation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="390"/>
        <source>All settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="422"/>
        <source>Add an object (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="424"/>
        <source>No object matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="427"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="431"/>
        <source>The register is empty: an editor imports or adds the objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/page.py" line="433"/>
        <source>The register is empty. Start by importing the object registry from its workbook, or add the objects one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/objects/page.py" line="569"/>
        <source>%n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../ui/office_dialog.py" line="64"/>
        <source>Set up the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="67"/>
        <source>Qoldau needs to know which office this computer works for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="75"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="76"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="77"/>
        <source>Republic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="83"/>
        <source>&amp;KATO code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="84"/>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="85"/>
        <source>Name in &amp;Kazakh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="86"/>
        <source>Name in &amp;Russian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="87"/>
        <source>&amp;Administrator login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="90"/>
        <source>Administrator &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="91"/>
        <source>Re&amp;peat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_dialog.py" line="125"/>
        <source>Check the office: a 9-digit KATO code matching the level (a district ends in 00000, a region in 0000000, the republic is 000000000), both names and an administrator login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="90"/>
        <source>Office settings</source>
        <extracomment>The plan-limit spin box&apos;s value that means &quot;no limit&quot; (as on the cases page).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="93"/>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="94"/>
        <source>&amp;Typical elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="101"/>
        <source>&amp;History... (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="120"/>
        <source>SANITARY is a core zone for residential and long-stay &amp;objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="123"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="124"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="125"/>
        <source> minors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="127"/>
        <location filename="../../ui/office_settings_dialog.py" line="129"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="128"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="133"/>
        <source>&amp;Re-inspection interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="136"/>
        <source>Large &amp;family from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="139"/>
        <source>&amp;Plan due after identification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="142"/>
        <source>Re&amp;launch after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="147"/>
        <source>No re-inspection interval and no time limit between case stages is official: none is the default, an office may choose one. A passport older than the interval is on the re-inspection due list. A large family has at least this many cohabiting minors. Every change is recorded (History...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="216"/>
        <source>&amp;Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="223"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="223"/>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="223"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="223"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="225"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="234"/>
        <source>The zone&apos;s &amp;elements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="236"/>
        <location filename="../../ui/office_settings_dialog.py" line="298"/>
        <source>Ret&amp;ire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="242"/>
        <source>Name in &amp;Kazakh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="243"/>
        <source>Name in R&amp;ussian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="244"/>
        <source>Name in E&amp;nglish:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="246"/>
        <source>&amp;Add element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="255"/>
        <source>Added and retired elements are saved at once. A retired element is no longer offered in zone annexes; passports that hold it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="278"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="278"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office_settings_dialog.py" line="298"/>
        <source>Reacti&amp;vate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionForm</name>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="47"/>
        <source>&amp;Heard on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="49"/>
        <source>The child&apos;s &amp;opinion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="51"/>
        <source>Not heard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="51"/>
        <source>The child could &amp;not be heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="53"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionPanel</name>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="191"/>
        <source>{name} ({age}): the child&apos;s opinion on this decision is not recorded; from age 10 it must be taken into account.</source>
        <extracomment>person id -&gt; the &quot;Record opinion&quot; button of a child whose opinion is missing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="196"/>
        <source>Record opinion...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="203"/>
        <source>{name} could not be heard: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/opinion_dialog.py" line="210"/>
        <source>{name}: opinion heard on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassportDialog</name>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="83"/>
        <source>Accessibility passport, version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="89"/>
        <source>Re-inspection: new passport version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="107"/>
        <source>New accessibility passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="125"/>
        <source>Version {n} of {m}, read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="169"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="195"/>
        <source>The passport is dated before the object&apos;s registration date ({date}): the object was already in the register then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="200"/>
        <source>Move the object&apos;s &amp;registration date back to {date} when saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="237"/>
        <location filename="../../ui/objects/passport_dialog.py" line="243"/>
        <source>Passport not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="245"/>
        <source>The store could not write the passport (it may be busy or read-only). Nothing was lost: the form stays open, try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="257"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_dialog.py" line="258"/>
        <source>The passport has unsaved changes. Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassportForm</name>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="251"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="252"/>
        <source>Press Enter on a problem to go to its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/general.py" line="35"/>
        <source>One member per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/general.py" line="38"/>
        <source>Passport &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/general.py" line="42"/>
        <source>&amp;Inspection date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/general.py" line="46"/>
        <source>&amp;Passport (approval) date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/general.py" line="50"/>
        <source>Commission &amp;members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="130"/>
        <source>Final &amp;conclusion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="35"/>
        <source>3.3 Form of service per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="40"/>
        <source>all zones accessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="41"/>
        <source>dedicated areas or rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="45"/>
        <source>conditional: assistance, at home or remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="49"/>
        <source>not organised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/pages.py" line="43"/>
        <source>Level per zone and category: Full, Partial, Conditional, None, or N/A when the zone is absent. Arrow keys change a level, Tab moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/pages.py" line="67"/>
        <source>Measured values are checked against the norm rules; a breach is evidence for the commission and does not set a status by itself. Ctrl+Ins adds a row, Ctrl+Del removes the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="87"/>
        <source>Confirmed status: {cat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="103"/>
        <source>Object code (confirmed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="107"/>
        <source>Object code (suggested):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="111"/>
        <source>Route from the stop (not counted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="117"/>
        <source>Why the commission&apos;s status differs from the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="126"/>
        <source>Override &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/pages.py" line="100"/>
        <source>&amp;Requires adaptation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/pages.py" line="104"/>
        <source>Adaptation done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/pages.py" line="117"/>
        <source>&amp;Adapted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/pages.py" line="121"/>
        <source>Adaptation cost, ₸:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/pages.py" line="125"/>
        <source>Alternative form of service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="215"/>
        <source>Sections of the passport</source>
        <extracomment>The code lists of the sections (issue 12), read once with the other labels. Codes hidden while typing until the first save attempt: a new form is not &quot;all wrong&quot;. Labels of the issue 12 code lists (``_SECTION_LISTS``) by list name. The photo annex&apos;s labels and its reader of stored pictures (None: no store).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="217"/>
        <source>Sections of the passport: Ctrl+PgDown and Ctrl+PgUp move between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="226"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="227"/>
        <source>3.4 Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="228"/>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="229"/>
        <source>3.3-3.5 Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="230"/>
        <source>4 Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="624"/>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="625"/>
        <source>Inspection date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="626"/>
        <source>Passport date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="627"/>
        <source>Override note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="628"/>
        <source>Requires adaptation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="629"/>
        <source>Adapted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="630"/>
        <source>Adaptation cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="631"/>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="639"/>
        <source>Status {cat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="641"/>
        <source>Measurement {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="643"/>
        <source>Work {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="724"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport_form.py" line="726"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="69"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="70"/>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/status.py" line="71"/>
        <source>Confirmed status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/pages.py" line="86"/>
        <source>4. Management decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassportPreviewDialog</name>
    <message>
        <location filename="../../ui/objects/prints/passport.py" line="142"/>
        <source>Print preview: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/prints/passport.py" line="146"/>
        <source>Save the passport as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="164"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/export_wizard.py" line="165"/>
        <source>Choose the period to report. The last ended period is proposed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="62"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="63"/>
        <source>Half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="64"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="65"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="66"/>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="67"/>
        <source>Years range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="82"/>
        <source>&amp;Type:</source>
        <extracomment>The last year of a range (shown for ranges only; never before the first year).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="88"/>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="160"/>
        <source>September to August (AY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="163"/>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="86"/>
        <source>Pa&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="149"/>
        <source>First half (H1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="150"/>
        <source>Second half (H2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="153"/>
        <source>Quarter {q} (Q{q})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="163"/>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/period_picker.py" line="187"/>
        <source>Period {code}: {start} - {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodReportPreviewDialog</name>
    <message>
        <location filename="../../ui/reporting/period_report.py" line="761"/>
        <source>Print preview: {name}</source>
        <extracomment>Resource names of the charts in the document. Risk factors shown in the chart: the most frequent open ones. Chart width on the page in screen pixels (about 240 mm); drawn at twice that for print. B1 columns printed in the brief report (children with a disability are left to the workbook). As wide as a 1024x768 screen allows (issue 11), for the landscape pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/period_report.py" line="765"/>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodsBox</name>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="205"/>
        <source>No period has been approved or sent yet: when a period has ended, check the data quality, then approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="211"/>
        <source>&amp;Approve period...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="214"/>
        <source>Re&amp;open period...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodsTableModel</name>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="101"/>
        <source>Period</source>
        <extracomment>The row&apos;s :class:`PeriodRow`. KATO -&gt; name of the expected sub-offices (for the missing ones named at approval).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="102"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="103"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="104"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="105"/>
        <source>Reason of the last reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="106"/>
        <source>Named missing at approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="118"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="118"/>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="119"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/periods_box.py" line="122"/>
        <source>locked by {period}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoAnnexSection</name>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="174"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="175"/>
        <source>Press Enter or double-click to open the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="179"/>
        <source>&amp;Add photos...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="180"/>
        <source>JPEG or PNG files (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="182"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="184"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="185"/>
        <source>Remove the selected photo (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="215"/>
        <source>Photo number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="216"/>
        <source>Photo zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="217"/>
        <source>Photographed element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="218"/>
        <source>Photo caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="219"/>
        <source>Date the photo was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="222"/>
        <source>Selected photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="224"/>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="225"/>
        <source>&amp;Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="226"/>
        <source>&amp;Element:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="227"/>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="228"/>
        <source>&amp;Date taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="268"/>
        <source>P&amp;hotos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="334"/>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="336"/>
        <source>Photos (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="362"/>
        <source>%1 is the same picture as photo No. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="370"/>
        <source>Cancelled: the photos read before are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="387"/>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="388"/>
        <source>Remove photo No. %1 from the passport?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="389"/>
        <source>Remove the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="390"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="410"/>
        <source>Photo No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="427"/>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="442"/>
        <source>Photos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="448"/>
        <source>(the zone as a whole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="484"/>
        <source>%1 x %2 px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoImport</name>
    <message>
        <location filename="../../ui/objects/passport/photo_import.py" line="63"/>
        <source>{name}: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_import.py" line="65"/>
        <source>{name}: the file cannot be read. Check that it is still there and that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_import.py" line="68"/>
        <source>{name} is too large to be a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_import.py" line="69"/>
        <source>{name} is not a JPEG or PNG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_import.py" line="71"/>
        <source>{name}: the picture is damaged or cut short. Copy it from the camera or phone again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_import.py" line="73"/>
        <source>{name}: the picture has no size or an impossible one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_import.py" line="308"/>
        <source>Adding photos...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_import.py" line="308"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/photo_import.py" line="309"/>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../ui/objects/passport/photo_annex.py" line="110"/>
        <source>The picture cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="56"/>
        <source>Drawn &amp;up on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="58"/>
        <source>&amp;Review on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="60"/>
        <source>Service t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="63"/>
        <source>Responsible &amp;agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="65"/>
        <source>Due &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="68"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="71"/>
        <source>Done o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="72"/>
        <source>Add &amp;measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="76"/>
        <source>Measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="78"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/plan_form.py" line="98"/>
        <source>{service} — {agency}, due {due}, {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/printing/document.py" line="190"/>
        <source>Save as PDF...</source>
        <extracomment>Initial size: room for the whole toolbar, &quot;Save as PDF...&quot; included, within the 1000x700 a 1024x768 screen leaves (issue 11); never more than the screen&apos;s free area.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/document.py" line="201"/>
        <location filename="../../ui/printing/document.py" line="231"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/document.py" line="213"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/document.py" line="233"/>
        <source>The file {path} could not be written: {reason}. If it is open in another program, close it; otherwise choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="65"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="68"/>
        <source>Every row is checked first; nothing is imported unless the whole file is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="72"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="82"/>
        <location filename="../../ui/imports/preview_page.py" line="165"/>
        <source>&amp;Problems:</source>
        <extracomment>Excel row -&gt; its choice (person id to link, or None for a new person).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="86"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="91"/>
        <source>&amp;Copy list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="107"/>
        <source>Possible &amp;duplicates: choose for each row whether it is a person already in Qoldau or a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="186"/>
        <source>Checking {name}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="211"/>
        <source>The file cannot be imported: {count} problem(s), listed by row and column below. Correct them in the file or go back and correct the matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="230"/>
        <source>&amp;Warnings (these rows are imported all the same):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="244"/>
        <source>The file cannot be imported; nothing was changed. See the problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="255"/>
        <source>The file is correct: {rows} people. Importing adds {families_new} new families and updates {families_updated}; it adds {members_new} new members and links {members_linked} to people already in Qoldau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="269"/>
        <source>The file is correct: {rows} objects. Importing adds {added} new objects, updates {updated} and leaves {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="277"/>
        <source>{passports} passports are added and {corrected} corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="288"/>
        <source>&amp;Rows (the first {shown} of {total}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="321"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="322"/>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="323"/>
        <source>Already in Qoldau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="324"/>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="332"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="335"/>
        <source>same IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="337"/>
        <source>similar name, same birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="340"/>
        <source>Link to the existing person: {person} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="139"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileImportWizard</name>
    <message>
        <location filename="../../ui/imports/wizard.py" line="93"/>
        <source>Import family list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="95"/>
        <source>Import register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="98"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="99"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="100"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="101"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="40"/>
        <source>The computed figures break a rule of the report format ({rule}). This is a program error or a damaged store: nothing can be exported. Make a backup and contact support.</source>
        <extracomment>Where the records of a finding are listed: &quot;objects&quot;, &quot;cases&quot; or &quot;families&quot;. Rule breaches of the figures and &quot;period not ended&quot; have no list to open.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="50"/>
        <source>The period has not ended yet: the figures will change. Export it after its last day.</source>
        <extracomment>code -&gt; English source sentence (translated at display time in the ``Quality`` context; QT_TRANSLATE_NOOP is typed as returning ``object``, hence the ``str()`` at use).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="54"/>
        <source>Passports without an access status for every category: complete the passports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="58"/>
        <source>Objects counted as adapted without any completed adaptation work: record the works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="62"/>
        <source>Passports with an adaptation date although no adaptation was required: check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="66"/>
        <source>Objects subject to passportization without a passport: inspect them or mark them excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="71"/>
        <source>Objects registered after the date of their passport or adaptation: move the registration date back in the object card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="76"/>
        <source>Objects excluded from passportization without an exclusion reason or date: enter both in the object card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="81"/>
        <source>Objects due for re-inspection: the re-inspection interval passed, adaptation works were completed, or a complaint, reconstruction or change of use was recorded since the passport. Open the list to see each object&apos;s reasons, then record the new passport versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="88"/>
        <source>Codes that are missing from the code lists (they are reported under their code): update the code lists or correct the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="93"/>
        <source>Cases without a recorded signal (opening): they are not counted as opened. Check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="97"/>
        <source>Cases still waiting for a support plan after the allowed time: write the plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="101"/>
        <source>Open cases whose planned follow-up visit is overdue as of {date}: visit the families and record the visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="106"/>
        <source>Family members without an IIN and without a reason for it: enter the IIN or the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="110"/>
        <source>Members of families with an open case without a birth date: they cannot be counted as children. Enter the birth dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="115"/>
        <source>Families without a valid legal basis for processing their data (consent with its date, or the statutory basis): record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="120"/>
        <source>Families that withdrew their consent but still have an open case: close the case or record a statutory basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="127"/>
        <source>Finding {code}: check the records concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="158"/>
        <source>Blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/quality_texts.py" line="159"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/quality_dialog.py" line="74"/>
        <source>No findings: the data of this period is ready for export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/quality_dialog.py" line="78"/>
        <source>{blocking} blocking finding(s) and {warnings} warning(s). A blocking finding stops the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/quality_dialog.py" line="83"/>
        <source>{warnings} warning(s). The export is possible; the warnings are recorded on the Cover sheet. Correcting the records first gives better figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <location filename="../../ui/reporting/quality_dialog.py" line="124"/>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/quality_dialog.py" line="127"/>
        <source>&amp;Run checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/quality_dialog.py" line="129"/>
        <source>Run the checks again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/quality_dialog.py" line="164"/>
        <source>Checking the data of {code}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/quality_dialog.py" line="205"/>
        <source>The checks could not run. Details: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="63"/>
        <source>35 % of the regional median income, not below 70 % of the subsistence minimum (from 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="68"/>
        <source>70 % of the subsistence minimum (until 2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="95"/>
        <source>МРП and poverty lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="105"/>
        <source>МРП &amp;by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="106"/>
        <source>&amp;Poverty lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="120"/>
        <location filename="../../ui/families/rates_dialog.py" line="156"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="120"/>
        <source>МРП, tenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="127"/>
        <source>&amp;Save the МРП</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="129"/>
        <source>Remo&amp;ve the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="132"/>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="133"/>
        <source>&amp;Tenge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="140"/>
        <source>The МРП changes every 1 January under the budget law. Benefits are stored in МРП with their year and shown in tenge with the МРП of that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="157"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="158"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="159"/>
        <source>Tenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="160"/>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="171"/>
        <source>Every region without its own line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="178"/>
        <source>Save the &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="180"/>
        <source>Remove the l&amp;ine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="183"/>
        <source>Y&amp;ear:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="184"/>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="185"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="186"/>
        <source>Te&amp;nge per person a month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="187"/>
        <source>Basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="218"/>
        <source>Every region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/rates_dialog.py" line="252"/>
        <source>Type an amount in tenge above 0, e.g. 4325 or 40000,50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonSection</name>
    <message>
        <location filename="../../ui/objects/passport/general.py" line="79"/>
        <location filename="../../ui/objects/passport/general.py" line="88"/>
        <source>Re-inspection reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/general.py" line="80"/>
        <source>Re-inspection &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPlanTableModel</name>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="417"/>
        <source>File</source>
        <extracomment>An unexpected failure while reading or planning (the message), else None. The outcome of the import, once tried. A refusal sentence set by the dialog (e.g. the replacement was not confirmed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="418"/>
        <source>KATO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="419"/>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="420"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="421"/>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="422"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="423"/>
        <source>Passported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="424"/>
        <source>Accessible, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="425"/>
        <source>Open cases at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="426"/>
        <source>A3 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="427"/>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="428"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="467"/>
        <source>This package is from a district of another region: it was sent to the wrong office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="471"/>
        <source>This package is not from a sub-office of this office: it was sent to the wrong office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="475"/>
        <source>Already received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="478"/>
        <source>Not newer than the package held ({created}): nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="482"/>
        <source>The replacement was not confirmed: nothing imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="493"/>
        <source>The workbook was changed after export (checksum mismatch): ask the district for a new export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="498"/>
        <source>A file of the package is missing or unreadable: copy both files (.xlsx and .manifest.json) again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="502"/>
        <source>The package has an unknown format version: update the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="505"/>
        <source>The workbook holds personal IINs, which a package must never contain: ask the sender for a new export and do not pass this file on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reporting/received_table_model.py" line="509"/>
        <source>The package breaks %n rule(s) of the reporting format: ask the sender for a new export. Press Enter to see them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="519"/>
        <source>Reading and checking...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="521"/>
        <source>Could not be checked: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="525"/>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="526"/>
        <location filename="../../ui/reporting/received_table_model.py" line="532"/>
        <source>Refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="530"/>
        <source>Not imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="534"/>
        <source>Needs confirmation: it replaces the package held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="535"/>
        <source>Acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/received_table_model.py" line="541"/>
        <source>{id} of {created}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <location filename="../../ui/reporting/receipt_print.py" line="341"/>
        <source>Print preview: receipt</source>
        <extracomment>The file name suffix of a printed receipt (beside ``.receipt.json``). The outcome of a receipt in words, per print language. Office levels in words, per print language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receipt_print.py" line="345"/>
        <source>Save the receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptReasonsModel</name>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="164"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="164"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="164"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="164"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="180"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="181"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="182"/>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/exports_box.py" line="184"/>
        <source>{outcome} by {office} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptsResultDialog</name>
    <message>
        <location filename="../../ui/reporting/receipts_dialog.py" line="76"/>
        <source>Receipts read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receipts_dialog.py" line="80"/>
        <source>{recorded} of {total} receipt(s) recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receipts_dialog.py" line="88"/>
        <source>{file}: recorded: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receipts_dialog.py" line="92"/>
        <source>{file}: refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="202"/>
        <source>Receive packages</source>
        <extracomment>Per package, the line saying where its receipt was written (or why not).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="207"/>
        <source>Choose the packages (.manifest.json, with their .xlsx beside them) sent by the sub-offices. Each is checked first; nothing is imported until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="233"/>
        <source>&amp;Add packages...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="236"/>
        <source>&amp;Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="240"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="244"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="281"/>
        <source>The import is running: wait until it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="290"/>
        <source>Choose report packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="292"/>
        <source>Report packages (*.manifest.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="340"/>
        <source>These files are already in the list: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="357"/>
        <source>Checking the packages: {done} of {total}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="372"/>
        <source>no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="395"/>
        <source>Acceptable: {ok}. Need confirmation: {confirm}. Refused: {refused}. Press Enter on a row for its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="424"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="430"/>
        <source>Package {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="443"/>
        <source>the package {id} of {created} chosen above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="449"/>
        <source>the package {id} of {created}, received {received}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="455"/>
        <source>The package of {name} ({kato}) for {period}, created {created}, replaces {held}. The replaced package stays in the history.

Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="466"/>
        <source>Replace a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="468"/>
        <source>Replace the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="469"/>
        <source>Keep the held one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="499"/>
        <source>the replacement was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="505"/>
        <source>Nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reporting/receive_dialog.py" line="542"/>
        <source>Importing %n package(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="575"/>
        <source>the file changed since it was checked: add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="577"/>
        <source>the import failed ({error}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reporting/receive_dialog.py" line="592"/>
        <source>Imported: %n package(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reporting/receive_dialog.py" line="595"/>
        <source>Not imported: %n package(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="608"/>
        <source>{name}: the receipt could not be written beside the package ({error}); the sender gets no receipt from this folder. What was imported stays imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="614"/>
        <source>{name}: receipt written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="618"/>
        <source>{name}: the printable receipt (PDF) could not be written ({error}); the receipt itself stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="651"/>
        <source>The import failed: {error}. Packages already imported stay imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="110"/>
        <source>Sheet {sheet}, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="112"/>
        <source>{sheet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/receive_dialog.py" line="115"/>
        <source>{where}, rule {rule}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveTransferDialog</name>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="332"/>
        <source>Receive a transferred case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="334"/>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="341"/>
        <source>Choose the transfer file from the sending district and type the passphrase they gave you separately. The case becomes a new case of this office, linked to its old number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="349"/>
        <source>Transfer &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="352"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="359"/>
        <source>&amp;Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="377"/>
        <source>Transfer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="379"/>
        <source>Case transfer files (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="392"/>
        <source>Choose the transfer file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="396"/>
        <source>Type the passphrase the sending district gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="415"/>
        <source>Received as case {number}, transferred from {office} case {old}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditDialog</name>
    <message numerus="yes">
        <location filename="../../ui/objects/control/record_list.py" line="69"/>
        <source>%n field(s) need correcting before the record can be saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListDialog</name>
    <message>
        <location filename="../../ui/objects/control/record_list.py" line="97"/>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/record_list.py" line="98"/>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/record_list.py" line="99"/>
        <source>&amp;Delete...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="155"/>
        <source>Recover access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="159"/>
        <source>Type the recovery key printed when the office was set up (kept in the office safe), the administrator&apos;s login and a new password for that administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="169"/>
        <source>&amp;Administrator login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="170"/>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="173"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="174"/>
        <source>&amp;Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="180"/>
        <source>Set the &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="189"/>
        <source>Type the administrator&apos;s login and the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="40"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="44"/>
        <source>This is the store&apos;s recovery key. It is shown only this once. Print it and keep it in the office safe: with it an administrator who forgot the password sets a new one; without it, a forgotten password cannot be recovered. Do not save it on this computer or send it by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="61"/>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="63"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="71"/>
        <source>I have printed the recovery key and will keep it in the office safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="77"/>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="98"/>
        <location filename="../../ui/accounts/key_dialog.py" line="124"/>
        <location filename="../../ui/accounts/key_dialog.py" line="126"/>
        <source>Qoldau recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="102"/>
        <source>Store: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="107"/>
        <source>Printed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="113"/>
        <source>Keep this page in the office safe. With this key an administrator who forgot the password sets a new one (login dialog: Forgot password?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/key_dialog.py" line="128"/>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryImport</name>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="61"/>
        <source>This is not an Excel workbook (.xlsx). Open the registry in Excel and save it as an Excel workbook.</source>
        <extracomment>Rows shown in the preview before the import (the file may hold 100,000). Codes :func:`ui.messages.issue_text` already words for forms; the same words here. Registry import problem codes (``exporters/registry_import.py``) -&gt; message, translated in the ``RegistryImport`` context; the codes a form also reports are worded by ``ui/messages.py``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="66"/>
        <source>The workbook is password-protected or in the old Excel 97-2003 format. Remove the password and save it as an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="71"/>
        <source>The file cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="72"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="73"/>
        <source>The first sheet is empty: fill in the registry template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="76"/>
        <source>Row 1 of the first sheet does not hold the template&apos;s column codes: copy the data into the registry template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="81"/>
        <source>The file holds no objects: they start in row 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="84"/>
        <source>This column is missing from row 1: check its name against the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="87"/>
        <source>This column appears twice in row 1: delete one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="90"/>
        <source>The text is longer than {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="91"/>
        <source>«{value}» is not a date: write dd.mm.yyyy (01.04.2026) or use an Excel date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="95"/>
        <source>The date {value} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="96"/>
        <source>«{value}» is not allowed here: write 1 (yes) or 0 (no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="99"/>
        <source>The reference {value} is already used in row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="102"/>
        <source>This person is already listed in row {row}: delete one of the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="105"/>
        <source>The family&apos;s first row (row {row}) gives the KATO code {kato}: one family lives in one settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="110"/>
        <source>The object is not subject to passportization, so this cell must be empty (requires_adaptation: 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="115"/>
        <source>There is no passport date, so this cell must be empty (requires_adaptation: 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="119"/>
        <source>Qoldau already holds a newer passport of this object, dated {date}: the file cannot replace it with an older one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="124"/>
        <source>{count} more problems are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="126"/>
        <source>The workbook has no sheet {sheet}: choose the register&apos;s sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="129"/>
        <source>The header row holds no column {header}: check the header row and the column matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="133"/>
        <source>No column of the file is matched to this field, and it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="136"/>
        <source>{value} is not an accessibility status: write it as ДП-В, ДЧ-В, ДУ, ВНД or ДП-И (К, О); ДЧ-И (С).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="141"/>
        <source>Row {row} already holds an object with this name, address and KATO code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="145"/>
        <source>This import profile is for family members, not for objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="148"/>
        <source>Not subject to passportization, but the exclusion reason or date is missing: the object is imported; enter both in its card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="153"/>
        <source>The object is subject to passportization: the exclusion reason and date are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="181"/>
        <source>Invalid value ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="202"/>
        <source>{count} objects not subject to passportization have no exclusion reason or date: they stay on the data-quality list until both are entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="209"/>
        <source>{count} rows give an exclusion for an object subject to passportization: it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="215"/>
        <source>{count} rows name a settlement that is not in the office&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="267"/>
        <location filename="../../ui/imports/registry_problems.py" line="275"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="267"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="267"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="276"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="277"/>
        <source>object_ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="278"/>
        <source>KATO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="279"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="280"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="281"/>
        <source>Passport date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="282"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="283"/>
        <source>O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="284"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="285"/>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="286"/>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="287"/>
        <source>Requires adaptation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="288"/>
        <source>Adapted date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="322"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="322"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="338"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/registry_problems.py" line="338"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryTemplate</name>
    <message>
        <location filename="../../ui/imports/template_file.py" line="37"/>
        <source>Save registry template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/template_file.py" line="37"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/template_file.py" line="50"/>
        <location filename="../../ui/imports/template_file.py" line="62"/>
        <source>Registry template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/template_file.py" line="52"/>
        <source>Qoldau cannot write {path}: the file is open in another program (Excel?) or the folder is read-only. Close the file, or choose another folder, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/template_file.py" line="63"/>
        <source>Qoldau cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/template_file.py" line="75"/>
        <source>Registry template saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../ui/cases/reopen_dialog.py" line="40"/>
        <source>Reopen case {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenForm</name>
    <message>
        <location filename="../../ui/cases/reopen_dialog.py" line="23"/>
        <source>Reopening &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/reopen_dialog.py" line="25"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenPeriodDialog</name>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="227"/>
        <source>Reopen period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="234"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="238"/>
        <source>A reopened period&apos;s figures can change again, and its packages are drafts until it is approved again. The reason is kept with your name and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="245"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/approve_dialogs.py" line="250"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingCalendarDialog</name>
    <message>
        <location filename="../../ui/reporting/calendar_dialog.py" line="62"/>
        <source>Reporting calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/calendar_dialog.py" line="67"/>
        <source>The packages of a period are due this many working days after the period ends (Monday to Friday, public holidays excluded). The office&apos;s own deadline is counted the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/calendar_dialog.py" line="77"/>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/calendar_dialog.py" line="78"/>
        <source>&amp;Half-year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/calendar_dialog.py" line="79"/>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/calendar_dialog.py" line="80"/>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/calendar_dialog.py" line="98"/>
        <source>working days after the period ends</source>
        <extracomment>One spin box per period kind the calendar sets (``CALENDAR_KINDS``; an academic year and a range of years take the default). The next deadline of each kind under the days entered.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/calendar_dialog.py" line="109"/>
        <source>Only an administrator changes the reporting calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/calendar_dialog.py" line="128"/>
        <source>{period} → due {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingPage</name>
    <message>
        <location filename="../../ui/reporting/page.py" line="233"/>
        <source>E&amp;xport package...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="235"/>
        <source>Data &amp;quality...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="277"/>
        <source>A district sends its figures up to the region: export the package of a period (two files) and hand it to the region on a USB stick or through a shared folder. Check the data quality first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="287"/>
        <source>Re&amp;ceive packages...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="293"/>
        <source>Expected &amp;districts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="259"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="239"/>
        <source>Reporting ca&amp;lendar...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="303"/>
        <source>Sub-o&amp;ffices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="304"/>
        <source>Sent pac&amp;kages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="305"/>
        <source>Per&amp;iods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="323"/>
        <source>Return packa&amp;ge...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="326"/>
        <source>Take the selected sub-office&apos;s package out of the consolidation, with a reason and a receipt for the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="333"/>
        <source>Sub-offices for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="345"/>
        <source>Only the chosen &amp;period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="347"/>
        <source>History of received packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="392"/>
        <source>No district is expected yet: list them with &quot;Expected districts...&quot; or receive their packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="395"/>
        <source>No sub-office is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="398"/>
        <source>{code}: {sent} of {total} in, {late} late, {returned} returned, {missing} missing; due {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="412"/>
        <source>Not consolidated: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="418"/>
        <source>the ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="425"/>
        <source>the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="433"/>
        <source>Next package due: {period} by {date} ({office}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="501"/>
        <source>The package of {name} for {period} was returned. Its receipt is {path}: hand it to the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/page.py" line="508"/>
        <source>The package of {name} for {period} was returned, but its receipt could not be written ({error}): tell the sender the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="81"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="83"/>
        <source>Backup file: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="96"/>
        <source>Administrator of the &amp;backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="97"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="101"/>
        <source>I understand that the current store will be replaced by this backup (the current store is kept beside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="111"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="124"/>
        <source>Reading the backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="155"/>
        <source>Made on {date} by the office {kato}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="161"/>
        <source>This backup belongs to another office ({kato}); this store is the office {office} ({own}). It cannot be restored here; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="168"/>
        <source>Backup of {office} ({kato}), made on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="203"/>
        <source>Enter the login and password of an administrator of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="209"/>
        <source>Tick the box to confirm that the current store will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="75"/>
        <source>Retention and destruction of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="80"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="81"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="86"/>
        <source>Years a family&apos;s data are kept after its last case closed. The archive terms (Order No. 279-НҚ of 17.06.2025) are to be confirmed: 5 years is a proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="92"/>
        <source>&amp;Retention after closure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="103"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="104"/>
        <source>Last closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="105"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="106"/>
        <source>People destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="115"/>
        <source>&amp;Open family...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="123"/>
        <source>Deleted from the database; deleted pages overwritten (secure delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="126"/>
        <source>one member a line: name, position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="133"/>
        <source>Act &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="134"/>
        <source>Act &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="135"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="136"/>
        <source>&amp;Commission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="137"/>
        <source>Your pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="144"/>
        <source>The destroyed data leave the store and every backup made from now on. Backups made before still hold them until they are deleted or age out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="150"/>
        <source>D&amp;estroy the selected families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="153"/>
        <source>&amp;Print the act...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="197"/>
        <source>Families due for destruction on {date}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="248"/>
        <source>Select the families to destroy in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="254"/>
        <source>The password is wrong: nothing was destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="265"/>
        <source>Nothing was destroyed: a chosen case&apos;s events are counted in an approved period. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/families/retention_dialog.py" line="271"/>
        <source>Act {number}: {count} families destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/reporting/return_dialog.py" line="61"/>
        <source>Return package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/return_dialog.py" line="65"/>
        <source>The package of {kato} {name} for {period} leaves this office&apos;s consolidation, and a receipt with the reason is written for the sender to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/return_dialog.py" line="72"/>
        <source>&amp;Reason (what the sender must correct):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/return_dialog.py" line="75"/>
        <source>Receipt &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/return_dialog.py" line="77"/>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/return_dialog.py" line="87"/>
        <source>Re&amp;turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/return_dialog.py" line="117"/>
        <source>Folder of the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reporting/return_dialog.py" line="129"/>
        <source>{folder} is not a folder: choose the folder for the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="127"/>
        <source>Change the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="134"/>
        <source>Role of {login}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/accounts/fields.py" line="20"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/fields.py" line="21"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/fields.py" line="22"/>
        <source>specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/fields.py" line="23"/>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteSection</name>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="32"/>
        <source>Public transport to the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="34"/>
        <source>Adapted transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="36"/>
        <source>Distance from the stop, m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="38"/>
        <source>Walking time, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="40"/>
        <source>Separated footpath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="42"/>
        <source>Crossings on the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="44"/>
        <source>Information on the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="46"/>
        <source>Level differences on the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="49"/>
        <source>Level differences fitted for wheelchairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="52"/>
        <source>Notes on the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="53"/>
        <source>Public &amp;transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="54"/>
        <source>A&amp;dapted transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="55"/>
        <source>Distance from the &amp;stop, m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="56"/>
        <source>&amp;Walking time, min:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="57"/>
        <source>Separated &amp;footpath:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="58"/>
        <source>&amp;Crossings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="59"/>
        <source>Information on the route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="60"/>
        <source>&amp;Level differences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="61"/>
        <source>Fitted for &amp;wheelchairs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="62"/>
        <source>N&amp;otes on the route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/route.py" line="78"/>
        <source>3.1-3.2 &amp;Route from the stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <location filename="../../ui/widgets/row_list.py" line="52"/>
        <source>Add a row (Ctrl+Ins)</source>
        <extracomment>Kept importable from here (the row tables and tests import them from this module).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_list.py" line="62"/>
        <source>No rows yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_list.py" line="103"/>
        <source>Remove this row (Ctrl+Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_list.py" line="104"/>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <location filename="../../ui/imports/save_page.py" line="36"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/save_page.py" line="39"/>
        <source>Save these matches as a profile: the next import of a file with the same headers uses it by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/save_page.py" line="45"/>
        <source>Profile na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/save_page.py" line="49"/>
        <source>Save to &amp;file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/save_page.py" line="52"/>
        <source>Write the profile as a file for the command line (import-registry --profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/save_page.py" line="111"/>
        <source>Save import profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/save_page.py" line="111"/>
        <source>Import profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/save_page.py" line="122"/>
        <source>Qoldau cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/save_page.py" line="129"/>
        <source>Profile saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <location filename="../../ui/cases/service_form.py" line="80"/>
        <source>Service t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="82"/>
        <source>Delivered &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="84"/>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="85"/>
        <source>S&amp;taff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="86"/>
        <source>&amp;Amount in МРП:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="92"/>
        <source>Entered before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="94"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="36"/>
        <source>{tenge} ₸ as entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="41"/>
        <source>{mrp} МРП (no МРП for {year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="42"/>
        <source>{mrp} МРП = {tenge} ₸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="50"/>
        <source>No МРП for {year}: ask an administrator to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/service_form.py" line="52"/>
        <source>= {tenge} ₸ at the МРП of {year}, {mrp} ₸</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <location filename="../../ui/widgets/settlement_dialog.py" line="47"/>
        <source>Add a settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settlement_dialog.py" line="55"/>
        <source>&amp;Rural settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settlement_dialog.py" line="67"/>
        <source>&amp;KATO code:</source>
        <extracomment>Field name -&gt; its inline message label.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settlement_dialog.py" line="68"/>
        <source>Name in &amp;Kazakh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settlement_dialog.py" line="69"/>
        <source>Name in R&amp;ussian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settlement_dialog.py" line="110"/>
        <source>This code is already in the list as {name}: saving renames it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementPicker</name>
    <message>
        <location filename="../../ui/widgets/settlement_picker.py" line="58"/>
        <source>Settlement name or 9-digit KATO code</source>
        <extracomment>Opens the settlement dialog from the picker. The open settlement dialog (tests drive it; None once closed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settlement_picker.py" line="65"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/settlement_picker.py" line="67"/>
        <source>Add a settlement to the office&apos;s list ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalForm</name>
    <message>
        <location filename="../../ui/cases/signal_form.py" line="23"/>
        <source>Signal &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/signal_form.py" line="24"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/signal_form.py" line="25"/>
        <source>Source n&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/signal_form.py" line="26"/>
        <source>Descrip&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/signal_form.py" line="28"/>
        <source>Anon&amp;ymous:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/signal_form.py" line="28"/>
        <source>The reporter stays unnamed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateControlCountsDialog</name>
    <message>
        <location filename="../../ui/objects/control/period_counts.py" line="25"/>
        <source>State control in a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/period_counts.py" line="32"/>
        <source>Inspections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/period_counts.py" line="33"/>
        <source>with violations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/period_counts.py" line="34"/>
        <source>with an order to remedy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/period_counts.py" line="35"/>
        <source>with a fine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/period_counts.py" line="36"/>
        <source>Fines, total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/period_counts.py" line="37"/>
        <source>Remedied by the end of the period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/period_counts.py" line="38"/>
        <source>Overdue at the end of the period (any inspection):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/period_counts.py" line="59"/>
        <source>Inspections dated {start} to {end}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateControlDialog</name>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="168"/>
        <source>State control — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="171"/>
        <source>Inspections of &lt;b&gt;{name}&lt;/b&gt; by state-control bodies: violations, orders to remedy and fines in МРП.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="175"/>
        <source>Inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="176"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="177"/>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="178"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="179"/>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="180"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="181"/>
        <source>Remedied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="199"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="203"/>
        <source>(overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="240"/>
        <source>Delete the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="241"/>
        <source>Delete the inspection of {date} by {body}? It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="244"/>
        <source>&amp;Delete the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="245"/>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/inspections.py" line="251"/>
        <source>The inspection could not be deleted: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/cases/step_dialog.py" line="103"/>
        <source>The store refused the change. Your entries are still here; try again, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/step_dialog.py" line="126"/>
        <source>%n field(s) need correcting before saving.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/step_dialog.py" line="141"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/step_dialog.py" line="141"/>
        <source>Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="115"/>
        <source>Transfer case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="126"/>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="130"/>
        <source>I &amp;understand that this case will be closed as transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="134"/>
        <source>The family moves to another district: the case with its family and history is written to an encrypted file for that district, and closed here with the reason &quot;family moved; case transferred&quot;. Its history stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="141"/>
        <source>Receiving district&apos;s &amp;KATO code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="142"/>
        <source>Receiving district&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="144"/>
        <source>&amp;Folder (USB stick):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="157"/>
        <source>&amp;Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="174"/>
        <source>Give this passphrase to the receiving district separately from the file: by phone or on paper, never with the USB stick or in the same e-mail. It is shown only now and stored nowhere; without it the file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="180"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="182"/>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="184"/>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="210"/>
        <source>Folder for the transfer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="224"/>
        <source>Enter the receiving district&apos;s 9-digit KATO code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="228"/>
        <source>Enter the receiving district&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="232"/>
        <source>Choose the folder to write the file into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="236"/>
        <source>Confirm that the case will be closed as transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="255"/>
        <source>Case {number} is closed as transferred to {office}. The file is {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="276"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="278"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="281"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="282"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="291"/>
        <source>Give this sheet to the receiving district separately from the file. Destroy it once the case is received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/transfer_dialogs.py" line="297"/>
        <location filename="../../ui/cases/transfer_dialogs.py" line="284"/>
        <source>Case transfer passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerDialog</name>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="53"/>
        <source>Record complaint or reconstruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="55"/>
        <source>Re-inspection trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="64"/>
        <source>who complained, or what was rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="67"/>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="68"/>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="69"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggersDialog</name>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="124"/>
        <source>Complaints and reconstructions — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="128"/>
        <source>Events that make a re-inspection of &lt;b&gt;{name}&lt;/b&gt; due: each stays open until a passport version dated on or after it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="131"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="131"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="131"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="131"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="149"/>
        <source>by the passport of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="151"/>
        <source>open: re-inspection due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="187"/>
        <source>Delete the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="188"/>
        <source>Delete the record &quot;{kind}&quot; of {date}? It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="191"/>
        <source>&amp;Delete the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="192"/>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/control/triggers.py" line="198"/>
        <source>The record could not be deleted: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="153"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="159"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="160"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="161"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="162"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="163"/>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="178"/>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="180"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="182"/>
        <source>&amp;Reset password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="184"/>
        <source>Change r&amp;ole...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="190"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="201"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="201"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="260"/>
        <location filename="../../ui/accounts/users_dialog.py" line="265"/>
        <source>Disable the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="262"/>
        <source>Disable {login}? They can no longer log in; what they entered stays, with their name on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="266"/>
        <source>Keep the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="276"/>
        <source>Reset the password of {login}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="278"/>
        <source>Type a new first password for {login} and give it to them in person: they must choose their own at their next login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../ui/imports/values_page.py" line="54"/>
        <source>Values</source>
        <extracomment>Fields a file often lacks that may be given once for every row (a constant, §3.1): a list of families says nothing of the legal basis of processing, which every new household needs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="57"/>
        <source>Check what each value of the coded columns means and correct it in the list. Values not matched are listed first; a value left unmatched is an error of its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="102"/>
        <source>Collecting the values...</source>
        <extracomment>(field, source text, its drop-down, its label) per distinct value. field -&gt; the widget giving its value for every row.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="149"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="149"/>
        <source>Value in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="149"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="156"/>
        <source>Not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="201"/>
        <source>Values for every row (the file has no column for these fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="212"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="262"/>
        <source>No column of the file holds coded values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="265"/>
        <source>{count} value(s) not matched: their rows will be shown as errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/values_page.py" line="269"/>
        <source>Every value is matched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="31"/>
        <source>Visit &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="35"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="39"/>
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="43"/>
        <source>&amp;Child seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="46"/>
        <source>no child concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="47"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="48"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="52"/>
        <source>&amp;Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="55"/>
        <source>&amp;Risk level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/visit_form.py" line="58"/>
        <source>&amp;Next follow-up due:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorksTable</name>
    <message>
        <location filename="../../ui/objects/works_table.py" line="160"/>
        <source>Local budget</source>
        <extracomment>The first widget of a row&apos;s second line (the §4 details).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="161"/>
        <source>Owner&apos;s funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="162"/>
        <source>State programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="167"/>
        <location filename="../../ui/objects/works_table.py" line="91"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="175"/>
        <location filename="../../ui/objects/works_table.py" line="92"/>
        <source>Kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="181"/>
        <location filename="../../ui/objects/works_table.py" line="93"/>
        <source>Planned year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="185"/>
        <source>Estimated cost, tenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="191"/>
        <location filename="../../ui/objects/works_table.py" line="95"/>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="200"/>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="202"/>
        <location filename="../../ui/objects/works_table.py" line="97"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="204"/>
        <location filename="../../ui/objects/works_table.py" line="98"/>
        <source>Expected status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="214"/>
        <source>Expected status for categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="94"/>
        <source>Estimated cost, ₸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="96"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="99"/>
        <source>For categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/works_table.py" line="103"/>
        <source>Add &amp;work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YesNoCombo</name>
    <message>
        <location filename="../../ui/objects/passport/fields.py" line="84"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/fields.py" line="85"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/objects/passport/fields.py" line="86"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
