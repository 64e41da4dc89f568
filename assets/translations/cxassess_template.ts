<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="71"/>
        <source>Answering as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="77"/>
        <source>Overview of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="78"/>
        <source>Jump to any question; unanswered ones are marked ○</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="92"/>
        <source>Dimension and question number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="107"/>
        <source>&amp;Comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="109"/>
        <source>Comment on this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="110"/>
        <source>What have you seen that makes you answer this way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="125"/>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="125"/>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="127"/>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="311"/>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="127"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="130"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="130"/>
        <source>Finish answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="287"/>
        <source>Keys: 1–5 answer · D don&apos;t know · 0 not applicable · Enter or → next · ← back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="274"/>
        <source>For %d (%s), look for: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="405"/>
        <source>&apos;Don&apos;t know&apos; (key D) and &apos;Not applicable&apos; (key 0) are answers too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="211"/>
        <source>Progress in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="249"/>
        <source>&lt;b&gt;Answering as %s&lt;/b&gt;&lt;br/&gt;%d of %d answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="264"/>
        <source>%s · question %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="290"/>
        <source>Keys: 1–5 answer · D don&apos;t know · Enter or → next · ← back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="311"/>
        <source>&amp;Done →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="399"/>
        <source>… and %d more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="402"/>
        <source>%d statements are not answered yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="406"/>
        <source>&amp;Go back to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="406"/>
        <source>&amp;Finish anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export.py" line="125"/>
        <source>The report builder stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export.py" line="132"/>
        <source>The report builder could not start: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="95"/>
        <location filename="../../cxassess/gui/export.py" line="185"/>
        <location filename="../../cxassess/gui/prompts.py" line="77"/>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="157"/>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="165"/>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="201"/>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="201"/>
        <location filename="../../cxassess/gui/portfolio/window.py" line="92"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="47"/>
        <source>Who answers next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="48"/>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="113"/>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="122"/>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="216"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="61"/>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="167"/>
        <source>Start answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="63"/>
        <source>Start answering as the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="70"/>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="72"/>
        <source>Let the selected person change their sealed answers (facilitator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="78"/>
        <source>Open the &amp;room: answer on phones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="80"/>
        <source>Let participants answer on their own phones over this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="86"/>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="152"/>
        <source>Reveal the results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="88"/>
        <source>Show the team&apos;s results (facilitator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="109"/>
        <source>Your answers are saved and sealed: nobody can open them on this laptop. Please pass the laptop to the next person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="118"/>
        <source>Each person answers privately and their answers are sealed when they finish; nobody sees anyone&apos;s answers until the facilitator reveals the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="132"/>
        <source>finished · sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="136"/>
        <source>in progress (%d of %d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="152"/>
        <source>Everyone is done: reveal the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="171"/>
        <source>This person has finished; their answers are sealed. Only the facilitator can unlock them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="192"/>
        <source>Unlock %s&apos;s answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="194"/>
        <source>%s will be able to see and change their answers on this laptop, and anyone at the laptop could see them while they are open. They are sealed again when %s finishes. Do this only with %s at the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="201"/>
        <source>&amp;Unlock the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="204"/>
        <source>Unlock sealed answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="213"/>
        <source>The facilitator&apos;s PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="233"/>
        <source>Not everyone has finished: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="235"/>
        <source>Reveal the results now? The team will see the results without the answers still to come; anyone who has not finished can still answer afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="238"/>
        <source>&amp;Reveal now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="238"/>
        <source>Keep waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="242"/>
        <source>Reveal the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="106"/>
        <source>Thank you, %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="114"/>
        <source>Pass the laptop around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/handover_page.py" line="134"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="54"/>
        <source>Automatic backup failed, answers are NOT safe: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="58"/>
        <source>Automatic backup works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="102"/>
        <source>New &amp;solo assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="106"/>
        <source>New team &amp;workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="119"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="114"/>
        <source>New assessment from an &amp;earlier one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="137"/>
        <source>&amp;Compare with earlier assessments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="143"/>
        <source>&amp;Portfolio of many teams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="122"/>
        <source>&amp;Import participant files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="130"/>
        <source>Import &amp;responses (CSV, XLSX, survey tools)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="144"/>
        <location filename="../../cxassess/gui/prompts.py" line="77"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="145"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="148"/>
        <source>Export &amp;PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="158"/>
        <source>Export PDF with the suggested actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="167"/>
        <source>Export PDF naming the participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="175"/>
        <source>Export answers as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="184"/>
        <source>Write an answer &amp;form to send out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="191"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="193"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="227"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="229"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="223"/>
        <source>&amp;Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="194"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="213"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="195"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="196"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="199"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="365"/>
        <source>Answering: 1–5 choose an answer, D don&apos;t know, 0 or N not applicable (where offered), Enter or → next, ← back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="196"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="197"/>
        <source>1 · Set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="198"/>
        <source>2 · Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="199"/>
        <source>3 · Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="200"/>
        <source>4 · Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="201"/>
        <source>5 · Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="197"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="232"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="234"/>
        <source>&amp;About cxassess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/actions.py" line="72"/>
        <source>Locked until the facilitator reveals the results on the hand-over screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="252"/>
        <source>%s (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="194"/>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="196"/>
        <source>%s (%s), last change %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="196"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/companions.py" line="50"/>
        <source>The room could not open: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="395"/>
        <source>A folder of assessment files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/prompts.py" line="75"/>
        <source>Save the changes to %s before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/prompts.py" line="76"/>
        <source>Your answers are backed up automatically, but only saving writes your own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/prompts.py" line="77"/>
        <source>&amp;Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="41"/>
        <source>The shipped questionnaire could not be read. Reinstall cxassess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="46"/>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="389"/>
        <source>Participant %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="48"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="54"/>
        <source>Open an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="68"/>
        <source>%s could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="88"/>
        <source>%s is already open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="92"/>
        <source>Open a read-only copy to look at it? Saving it then needs another name, so neither window overwrites the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="95"/>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="107"/>
        <source>Read-only: %s is open elsewhere. Save as… keeps your changes in a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="113"/>
        <source>%s was left open by %s, which is no longer running; it is yours now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="121"/>
        <source>%s had no assessment date (an earlier cxassess left it out of files saved on the day they were made). It is dated %s from %s; check it in Set-up, and save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="148"/>
        <source>Save the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="164"/>
        <source>Choose another folder with Save as…; your answers are still safe in the automatic backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="170"/>
        <source>Saved %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="189"/>
        <source>The automatic backup could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="193"/>
        <source>Restored. Save to keep the restored answers in your own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="207"/>
        <source>Start from an earlier assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="224"/>
        <source>Started from %s; %d open actions carried over for review in the roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="233"/>
        <source>Compare with earlier assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/commands.py" line="22"/>
        <location filename="../../cxassess/gui/imports/commands.py" line="39"/>
        <source>Import participant files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/commands.py" line="45"/>
        <source>Imported %d file(s): %d people in the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/commands.py" line="53"/>
        <source>Import responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/commands.py" line="54"/>
        <source>Responses (*.csv *.tsv *.txt *.xlsx *.zip);;CSV (*.csv *.tsv *.txt);;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/commands.py" line="55"/>
        <source>Excel workbook (*.xlsx);;ODK Central download (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/commands.py" line="81"/>
        <source>%s could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/commands.py" line="86"/>
        <source>Imported %d people from %s, dated %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="249"/>
        <source>Use a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="260"/>
        <source>Answers have already been given with the current questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="261"/>
        <source>Start a new assessment to use a different questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="269"/>
        <source>The questionnaire %s has problems. Fix them and try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="274"/>
        <source>Change questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export_commands.py" line="35"/>
        <source>Export the PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export_commands.py" line="41"/>
        <source>Export answers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export_commands.py" line="50"/>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export_commands.py" line="50"/>
        <source>Writing the CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export_commands.py" line="55"/>
        <source>The export failed; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export_commands.py" line="59"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export_commands.py" line="77"/>
        <source>Write an answer form to send out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export_commands.py" line="84"/>
        <source>The form could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export_commands.py" line="87"/>
        <source>Wrote %s: send it to participants; merge the files they send back with Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export_commands.py" line="98"/>
        <source>Wrote %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export_commands.py" line="103"/>
        <location filename="../../cxassess/gui/portfolio/window.py" line="307"/>
        <source>Wrote %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export_commands.py" line="105"/>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export_commands.py" line="106"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/labels.py" line="15"/>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="173"/>
        <source>the open assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="376"/>
        <source>cxassess %s
Customer-centric culture assessment for teams and managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/models.py" line="74"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/models.py" line="106"/>
        <source>discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_model.py" line="114"/>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_model.py" line="115"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_model.py" line="116"/>
        <source>Earlier roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_model.py" line="117"/>
        <source>Room&apos;s idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_model.py" line="119"/>
        <source>Suggested, edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_model.py" line="127"/>
        <source>↳ For: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_model.py" line="129"/>
        <source>↳ Why: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_model.py" line="138"/>
        <source>%s
was %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_model.py" line="148"/>
        <source>Baseline: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_model.py" line="150"/>
        <source>Target: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_model.py" line="153"/>
        <source>Due %s; first promised for %s, so it has slipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/controls.py" line="32"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/controls.py" line="33"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/controls.py" line="34"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/controls.py" line="40"/>
        <source>Where the presentation is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/controls.py" line="43"/>
        <source>Agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/controls.py" line="47"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/controls.py" line="49"/>
        <source>Why the team agreed this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/controls.py" line="50"/>
        <source>Why, in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/controls.py" line="55"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/controls.py" line="55"/>
        <source>Record the agreed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/controls.py" line="60"/>
        <source>Hide (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/controls.py" line="60"/>
        <source>Hide these controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="51"/>
        <source>Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="52"/>
        <source>cxassess: presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="64"/>
        <source>Time left on this point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="97"/>
        <source>Presenter controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="92"/>
        <location filename="../../cxassess/gui/presenter/window.py" line="116"/>
        <source>Radar chart of dimension scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="306"/>
        <source>Index %.0f of 100 · %s · %d people answered · %d statements to discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="327"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="334"/>
        <source>Overview · %d statements to discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/statement.py" line="61"/>
        <source>Statement %d of %d · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/statement.py" line="64"/>
        <source>Why we talk about it: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/statement.py" line="66"/>
        <source>A matter of record: bring %s, and score what it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/statement.py" line="91"/>
        <source>The team averages %.1f of %d: what %d describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/statement.py" line="97"/>
        <source>The team averages %.1f of %d, between what %d and %d describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/statement.py" line="104"/>
        <source>%d did not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/statement.py" line="106"/>
        <source>%d said it does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/statement.py" line="129"/>
        <source>&lt;b&gt;What people wrote&lt;/b&gt;%s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/statement.py" line="89"/>
        <source>Nobody gave an answer on the scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="205"/>
        <source>Dot vote closed: %d ideas joined the roadmap as suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="246"/>
        <source>Every divided statement is already in the discussion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="327"/>
        <source>Closing · N brings in another statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/statement.py" line="108"/>
        <source>Agreed: %.1f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/statement.py" line="113"/>
        <source>Re-voted: median %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="339"/>
        <source>Statement %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="285"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="124"/>
        <source>→ next · ← back · V re-vote · A agree · I ideas · D dots · T timer · N more · End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="193"/>
        <source>Re-vote closed: A records the proposed score and its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="195"/>
        <source>Re-vote closed: nobody voted, so nothing is proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="203"/>
        <source>Dot vote closed: 1 idea joined the roadmap as a suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="215"/>
        <source>A records a re-vote&apos;s proposed score: close a re-vote first (V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="217"/>
        <source>Nobody voted in the re-vote: there is no score to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="228"/>
        <source>Recorded the agreed score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="276"/>
        <source>%d:%02d left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="279"/>
        <source>Time to wrap up this point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="303"/>
        <source>Not enough answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="347"/>
        <source>Close what is open first (V, I or D), then move on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/window.py" line="296"/>
        <source>  (agreed %.1f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="49"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="50"/>
        <location filename="../../cxassess/gui/pages/results_page.py" line="101"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="55"/>
        <location filename="../../cxassess/gui/pages/results_page.py" line="100"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="62"/>
        <source>%s (too few answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="94"/>
        <source>Dimension scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="97"/>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="194"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="98"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="99"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="102"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="115"/>
        <source>Select a dimension to see what its level means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="120"/>
        <source>Result views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="127"/>
        <source>Filter questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="128"/>
        <source>Filter questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="137"/>
        <source>Question statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="157"/>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="164"/>
        <source>Where answers were far apart, most disagreement (and weight) first; the first few are proposed for the hour. Ask the people at both ends what they have seen, then record an agreed score (or use the presenter, F11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="182"/>
        <source>By &amp;role and unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="261"/>
        <source>Proposed · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="263"/>
        <source>Matter of record: bring %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="268"/>
        <source>%s
    %s%s · mean %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="303"/>
        <source>and %d more in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="309"/>
        <source>%d not shown: it says who wrote it. It is kept in the file and in a named report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="315"/>
        <source>&lt;b&gt;What people wrote&lt;/b&gt; (%d, without names):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="317"/>
        <source>&lt;b&gt;What people wrote&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="169"/>
        <source>Discussion agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="178"/>
        <source>Discussion &amp;agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="47"/>
        <source>After discussion, record the score the team agrees on. The computed score and everyone&apos;s answers stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="52"/>
        <source>Question or dimension to agree on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="59"/>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="60"/>
        <source>Computed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="61"/>
        <source>Computed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="62"/>
        <location filename="../../cxassess/gui/presenter/controls.py" line="44"/>
        <source>Agreed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="65"/>
        <source>Agreed &amp;score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="67"/>
        <source>Why the team agreed on this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="69"/>
        <source>What the team saw that led to this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="71"/>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="73"/>
        <source>The document the team checked the score against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="76"/>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="81"/>
        <source>Record agreed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="84"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="84"/>
        <source>Clear agreed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="132"/>
        <source>Which document, and its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="137"/>
        <source>A matter of record: check %s and score what it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="134"/>
        <source>Optional: a document, report or figure the team looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="190"/>
        <source>A&amp;greed scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="215"/>
        <source>Not enough answers yet to score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="217"/>
        <source>Each dimension needs at least half of its questions answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="221"/>
        <source>Index %.0f / 100 · score %.2f of %d · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="230"/>
        <location filename="../../cxassess/gui/presenter/window.py" line="291"/>
        <source>too few answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="241"/>
        <source>Index %.0f of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/lens_tab.py" line="85"/>
        <location filename="../../cxassess/gui/pages/owners_dialog.py" line="50"/>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="123"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="140"/>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="77"/>
        <source>Portfolio: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="87"/>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="88"/>
        <source>Reading the assessments in %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="91"/>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="99"/>
        <source>Assessed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="103"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="103"/>
        <source>Export the portfolio PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="106"/>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="108"/>
        <source>Assessed since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="117"/>
        <source>Teams by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="128"/>
        <source>Double-click a team to open its latest assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="167"/>
        <source>%d teams (%d shown; teams under %d people are left out) from %d files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="202"/>
        <source>Its people come from %d units: %s. It counts in no average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="356"/>
        <source>first assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="357"/>
        <source>%.1f → %.1f (%+.1f%s) since %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="361"/>
        <source>, within the noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="371"/>
        <source>%d accepted · %d done · %d overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/lens_tab.py" line="48"/>
        <location filename="../../cxassess/gui/portfolio/window.py" line="172"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="172"/>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/lens_tab.py" line="48"/>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="185"/>
        <location filename="../../cxassess/gui/portfolio/window.py" line="174"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="187"/>
        <location filename="../../cxassess/gui/portfolio/window.py" line="354"/>
        <location filename="../../cxassess/gui/portfolio/window.py" line="369"/>
        <source>suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="208"/>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="210"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="227"/>
        <source>%d of %d teams listed (%d left out: under %d people or still answering), from %d files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="237"/>
        <source>%d in italics: a group from several units, counted in no mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="281"/>
        <source>No team is shown: change the filters to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="290"/>
        <source>Export the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="294"/>
        <source>Writing %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/window.py" line="313"/>
        <source>The export failed; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/lens_tab.py" line="85"/>
        <source>By role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/lens_tab.py" line="87"/>
        <source>By the part of the organisation known best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/lens_tab.py" line="87"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/lens_tab.py" line="98"/>
        <source>Roles with at least %d respondents; smaller roles are combined so nobody&apos;s answers can be singled out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/lens_tab.py" line="101"/>
        <source>No role has enough respondents to show without singling people out (at least %d per group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/lens_tab.py" line="108"/>
        <source>Everyone answered for the whole organisation; this is how it looks from each part. Units with at least %d respondents; units that, set beside the roles, would let a few people&apos;s answers be worked out are combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/lens_tab.py" line="111"/>
        <source>No unit has enough respondents to show without singling people out (at least %d per group), or nobody said which part they know best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="98"/>
        <source>Dimension: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="100"/>
        <source>Question %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/agreed_form.py" line="105"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="343"/>
        <source>%s: not enough answers to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/results_page.py" line="348"/>
        <source>&lt;b&gt;Next, %s:&lt;/b&gt; %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="79"/>
        <location filename="../../cxassess/gui/portfolio/window.py" line="174"/>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="188"/>
        <source>&amp;Suggest actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="200"/>
        <source>&amp;Add own action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="201"/>
        <source>Add an action of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="174"/>
        <source>Mark d&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="206"/>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="136"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="237"/>
        <source>Only actions from the earlier roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="239"/>
        <source>Show only actions carried over from the earlier assessment, to follow them up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="88"/>
        <source>Roadmap actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="126"/>
        <source>No actions match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="129"/>
        <source>Problem with the last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="144"/>
        <source>Acce&amp;pt (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="145"/>
        <source>Accept the selected actions into the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="150"/>
        <source>&amp;Drop (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="151"/>
        <source>Drop the selected actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="156"/>
        <source>O&amp;wner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="157"/>
        <source>Give the selected actions an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="162"/>
        <source>W&amp;hen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="163"/>
        <source>Set when the selected actions start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="168"/>
        <source>D&amp;ue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="169"/>
        <source>Set the due date of the selected actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="175"/>
        <source>Mark the selected actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="176"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="189"/>
        <source>Suggest actions from the scores again; reviewed and edited ones are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="194"/>
        <source>&amp;People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="195"/>
        <source>Name the person who holds each role the plan names (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="207"/>
        <source>Remove the selected actions from the roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="219"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="222"/>
        <source>Filter by review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="223"/>
        <source>All reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="226"/>
        <source>Filter by dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="226"/>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="287"/>
        <source>All dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="230"/>
        <source>Filter by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="231"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="268"/>
        <source>“%s” is not a date, so the due date was not changed. Type it as %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="306"/>
        <source>%d accepted, %d suggested to review, %d dropped. Select rows (Shift or Ctrl for several) and press A to accept or D to drop; double-click a cell to edit. Re-assess on %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="419"/>
        <source>Accept actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="419"/>
        <source>Drop actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="420"/>
        <source>Review actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="427"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="435"/>
        <source>Set owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="450"/>
        <source>Name people in roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="455"/>
        <source>Set when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="469"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="465"/>
        <source>Due date of the selected actions (%s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="428"/>
        <source>Owner of the %d selected actions (a person, a role, or type a name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="475"/>
        <source>Set due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="478"/>
        <source>“%s” is not a date. Type it as %s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="491"/>
        <source>Remove actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="320"/>
        <source>No actions yet. &apos;Suggest actions&apos; builds a roadmap from the scores and targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="390"/>
        <source>%d selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="394"/>
        <source>Suggest actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="399"/>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="399"/>
        <source>New action: describe what will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="408"/>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="321"/>
        <source>Edit %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session.py" line="90"/>
        <source>Recovered changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session.py" line="156"/>
        <source>Choose where to save the assessment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session.py" line="159"/>
        <source>%s is open in another cxassess window or room; save under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session.py" line="212"/>
        <source>the automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session.py" line="283"/>
        <source>Untitled assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session_edits.py" line="130"/>
        <source>Answer %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session_edits.py" line="203"/>
        <source>Agreed score for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session_edits.py" line="224"/>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="254"/>
        <source>Target for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="59"/>
        <source>Set up the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="62"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="65"/>
        <location filename="../../cxassess/gui/portfolio/prepared.py" line="71"/>
        <location filename="../../cxassess/gui/portfolio/window.py" line="97"/>
        <location filename="../../cxassess/gui/portfolio/window.py" line="172"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="66"/>
        <location filename="../../cxassess/gui/portfolio/window.py" line="172"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="67"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="68"/>
        <source>Date of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="71"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="72"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="73"/>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="74"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="78"/>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="210"/>
        <source>Set a &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="80"/>
        <source>A PIN asked before sealed answers are unlocked or the results revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="88"/>
        <source>Facilitator&apos;s PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="99"/>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="101"/>
        <source>Questionnaire in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="105"/>
        <source>Use another questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="107"/>
        <source>Load a questionnaire from a YAML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="117"/>
        <source>Everyone who will answer. Roles let the results show differences between groups of three or more people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="48"/>
        <source>Import %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="56"/>
        <source>Ignore this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="57"/>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="123"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="58"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="59"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="60"/>
        <source>Role or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="61"/>
        <source>Part of the organisation known best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="62"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="67"/>
        <source>Comment on %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="69"/>
        <source>Reading %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="69"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="74"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="75"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="75"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="75"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="80"/>
        <source>Answers not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="81"/>
        <source>Answer as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="81"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="81"/>
        <source>Means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="86"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="93"/>
        <source>&amp;Save mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="95"/>
        <source>Save these choices to reuse for the next wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="100"/>
        <source>&amp;Load mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="100"/>
        <source>Use a saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="105"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="105"/>
        <source>Import the responses as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="170"/>
        <source>%s: %d people, %d columns of answers and comments matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="171"/>
        <source> export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="176"/>
        <source>%d submissions marked rejected are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="180"/>
        <source>%d choices to make below; nothing is imported until they are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="217"/>
        <source>When it was sent (dates the assessment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="218"/>
        <source>Submission id (the same person on a second import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="219"/>
        <source>Form version (checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="220"/>
        <source>Review state (rejected ones are left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="222"/>
        <source>The tool&apos;s bookkeeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="227"/>
        <source>What this column holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="229"/>
        <location filename="../../cxassess/gui/imports/preview.py" line="266"/>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="231"/>
        <source>— looks like %s (%d%% alike): confirm —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="259"/>
        <source>in %d cell(s), first at row %d, column %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="265"/>
        <source>What this answer means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="269"/>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="293"/>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="270"/>
        <location filename="../../cxassess/gui/pages/answer_page.py" line="283"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="304"/>
        <source>Save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="322"/>
        <source>Use a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/preview.py" line="322"/>
        <source>Mapping (*.yaml *.yml *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="123"/>
        <source>Knows best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="127"/>
        <source>The part of the organisation this person knows best: a department, a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="135"/>
        <source>&amp;Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="137"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="138"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="147"/>
        <source>Anonymous: show participants as P1, P2, … in results, exports and the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="150"/>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="357"/>
        <source>Anonymous mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="156"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="167"/>
        <source>Start answering  →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="196"/>
        <source>%s, version %s: %d questions in %d dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="210"/>
        <source>Change the &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="212"/>
        <source>Asked before sealed answers are unlocked or the results revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="214"/>
        <source>None: anyone at the laptop can unlock answers or reveal the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="216"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="218"/>
        <source>Your name and role. Add people to turn this into a team workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="221"/>
        <source>Everyone who will answer, for the whole organisation. Roles and the part each knows best let the results show differences between groups of three or more people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="244"/>
        <source>Where each dimension should be by the next assessment. &apos;Automatic&apos; means one maturity level above the current score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="260"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="276"/>
        <source>Initiatives to suggest for the roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="279"/>
        <source> initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="283"/>
        <source>Roadmap at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="304"/>
        <source>Confirm the target for %s: %.1f (%s) is more than one level above today&apos;s %.1f (%s). The roadmap plans one level at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="325"/>
        <source>Edit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="333"/>
        <source>Change the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="333"/>
        <source>The current PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="337"/>
        <source>That is not the current PIN; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="341"/>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="349"/>
        <source>Facilitator&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="342"/>
        <source>A new PIN of 4 to 12 digits (leave it empty to have none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="347"/>
        <source>A PIN has 4 to 12 digits; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="349"/>
        <source>The same PIN again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="350"/>
        <source>The two PINs differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="361"/>
        <source>Roadmap size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="385"/>
        <source>Edit participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="390"/>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="401"/>
        <source>Remove participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/setup_page.py" line="409"/>
        <source>Reorder participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="46"/>
        <source>Customer-centric culture assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="50"/>
        <source>Score how customer-centric your organisation is across commitment, ideal customer, listening and action; see where the team disagrees; leave with a roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="70"/>
        <source>New solo assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="71"/>
        <source>Answer on your own, over one or several sittings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="76"/>
        <source>New team workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="77"/>
        <source>Several people answer in turn on this laptop, then discuss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="82"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="83"/>
        <source>Continue a saved assessment (.cxa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="88"/>
        <source>Import participant files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="89"/>
        <source>Combine answers people sent as .cxa files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="94"/>
        <source>Import responses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="96"/>
        <source>A spreadsheet, or an export of Google Forms, Microsoft Forms, SurveyMonkey, Qualtrics, LimeSurvey, ODK or Kobo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="106"/>
        <source>Assess again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="107"/>
        <source>Start from an earlier assessment: same team, open actions carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="122"/>
        <location filename="../../cxassess/gui/pages/start_page.py" line="137"/>
        <source>Recent assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="150"/>
        <source>Files you open or save appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="162"/>
        <source>cxassess did not close normally. These answers were saved automatically and can be restored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="173"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="173"/>
        <source>Restore %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="177"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/start_page.py" line="177"/>
        <source>Discard %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="55"/>
        <location filename="../../cxassess/gui/portfolio/window.py" line="174"/>
        <source>Since last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="57"/>
        <source>Compare with earlier assessments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="59"/>
        <source>Choose earlier assessments to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="72"/>
        <source>Scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="74"/>
        <source>Change per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="83"/>
        <source>Questions that moved most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="84"/>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="194"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="84"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="84"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="91"/>
        <source>What became of the earlier roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="93"/>
        <source>Earlier action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="93"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="93"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="160"/>
        <source>Open earlier assessments of the same team to see what moved. Files started from an earlier assessment are compared with it automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="171"/>
        <source>%d assessments compared on the %d questions they share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="175"/>
        <source>New questions, not compared: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="177"/>
        <source>No longer asked: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="194"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="201"/>
        <source>clear change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="202"/>
        <source>could be chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/trends_page.py" line="203"/>
        <source>too few to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export_commands.py" line="102"/>
        <location filename="../../cxassess/gui/prompts.py" line="101"/>
        <location filename="../../cxassess/gui/portfolio/window.py" line="281"/>
        <location filename="../../cxassess/gui/widgets/common.py" line="75"/>
        <location filename="../../cxassess/gui/widgets/common.py" line="94"/>
        <source>cxassess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/widgets/date_input.py" line="56"/>
        <source>%s or %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/widgets/date_input.py" line="77"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/widgets/date_input.py" line="80"/>
        <source>Type a date as %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="45"/>
        <source>Answers that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="50"/>
        <source>%d answers differ between the files for the same person. Choose which answer to keep for each; nothing is imported until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="57"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="58"/>
        <location filename="../../cxassess/gui/pages/owners_dialog.py" line="50"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="58"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="58"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="70"/>
        <source>Answer to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="72"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="72"/>
        <source>don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="76"/>
        <source>%s from %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="86"/>
        <source>Keep the &amp;latest everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="88"/>
        <source>Keep the most recent answer in every row where one is the most recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="95"/>
        <source>&amp;Import with these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="120"/>
        <location filename="../../cxassess/gui/presenter/statement.py" line="128"/>
        <source> and %d more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="146"/>
        <source>%d file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="150"/>
        <source>Add %d people from %s to “%s”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="151"/>
        <source>They join the assessment that is open now: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="153"/>
        <source>Or start a new assessment with only the people in these files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="155"/>
        <source>&amp;Add to this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="156"/>
        <source>Start a &amp;new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="163"/>
        <source>Start a new assessment with %d people from %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="165"/>
        <source>&amp;Start the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="191"/>
        <source>These people look like the same person imported twice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="195"/>
        <source>Counted twice, each would weigh double in every score. Combine keeps one person with the most recent answer to each statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="199"/>
        <source>&amp;Combine them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/imports/merge_dialog.py" line="200"/>
        <source>&amp;Keep them apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="133"/>
        <source>The room — cxassess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="146"/>
        <source>QR code of the room&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="154"/>
        <source>Answer on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="158"/>
        <source>Scan the code or type the address, then the PIN. Your answers are private: nobody sees them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="164"/>
        <source>Address of the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="172"/>
        <location filename="../../cxassess/gui/room/window.py" line="265"/>
        <source>PIN %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="172"/>
        <source>PIN of the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="178"/>
        <source>How many joined, answer and finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="184"/>
        <source>What changed in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="193"/>
        <source>The room left open is open again: same address and PIN; phones carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="196"/>
        <source>The room left open is open again, but its old port is taken by another program: phones must scan this new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="203"/>
        <source>Phones must be on the same network as this laptop. Guest Wi-Fi often keeps devices apart: use this laptop&apos;s hotspot instead. If Windows asks about the firewall, allow private networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="212"/>
        <source>&amp;Close the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="214"/>
        <source>Stop taking answers; the address and PIN stop working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="219"/>
        <source>&amp;Release a place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="221"/>
        <source>Let someone whose phone is lost or flat join again under the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="268"/>
        <source>Too many wrong PINs were tried, so the room has a new PIN. Phones that joined carry on; others use the PIN shown now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="274"/>
        <source>%d joined · %d answering · %d finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="285"/>
        <source>No phone holds a place that could be released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="290"/>
        <source>Release a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="292"/>
        <source>Whose phone is lost or flat? Their phone stops answering for them, and they join again under the same name, with the answers given so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room/window.py" line="307"/>
        <source>%s can join again under the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="47"/>
        <source>Merge duplicate ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="50"/>
        <source>Select the ideas that say the same thing; they become the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="52"/>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="63"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="100"/>
        <location filename="../../cxassess/gui/presenter/driver.py" line="222"/>
        <source>V Re-vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="101"/>
        <location filename="../../cxassess/gui/presenter/driver.py" line="224"/>
        <source>I Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="102"/>
        <location filename="../../cxassess/gui/presenter/driver.py" line="223"/>
        <source>D Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="90"/>
        <source>Dots each person has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="93"/>
        <source> dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="103"/>
        <source>T Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="94"/>
        <source>Minutes for this point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="98"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="104"/>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="105"/>
        <source>N More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="106"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="116"/>
        <source>What the room is doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="145"/>
        <source>Go to a statement first: the re-vote is on the statement on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="148"/>
        <source>Nobody is in the room: open the room so that phones can vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="160"/>
        <source>Stopped collecting ideas: %d ready for a dot vote (D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="165"/>
        <source>Ideas to move this up one level: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="170"/>
        <source>There are no scores yet to ask for ideas about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="172"/>
        <source>Ideas to strengthen %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="206"/>
        <source>There are fewer than two ideas: nothing to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="213"/>
        <source>Merged %d ideas into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="222"/>
        <source>V Close re-vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="223"/>
        <source>D Close dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="224"/>
        <source>I Stop ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="228"/>
        <source>Re-vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="228"/>
        <source>Dot vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="229"/>
        <source>%s: %d of %d voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/driver.py" line="233"/>
        <source>Collecting ideas: %d so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="68"/>
        <source>too few votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="104"/>
        <source>Secret re-vote · on your phones now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="106"/>
        <location filename="../../cxassess/gui/presenter/slides.py" line="200"/>
        <source>%d of %d voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="109"/>
        <source>Nobody sees how the votes fall until the vote closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="116"/>
        <source>Re-vote closed · before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="121"/>
        <source>Nobody voted in the re-vote. First round: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="124"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="125"/>
        <source>After the re-vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="136"/>
        <source>Agreement (0 split, 1 all agree): %s before, %s after. First round: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="140"/>
        <source>Nobody gave a score in the re-vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="143"/>
        <source>Proposed agreed score: %s, the median of the re-vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="181"/>
        <source>Ideas · send yours from your phone, up to 5, without names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="183"/>
        <source>%d idea so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="187"/>
        <source>The 12 newest are shown; %d more wait for the dot vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="202"/>
        <source>%d idea on the ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="202"/>
        <source>%d ideas on the ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="207"/>
        <source>%d more on your phones. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="208"/>
        <source>No dot is shown until the vote closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="217"/>
        <source>%d dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="217"/>
        <source>%d dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="219"/>
        <source>%d idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="219"/>
        <source>%d ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="233"/>
        <source>The top idea joins the roadmap as a suggestion, to be triaged with the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="277"/>
        <source>and %d more agreed scores, in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="286"/>
        <source>%d idea from the room waits on the roadmap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="287"/>
        <source>%d ideas from the room wait on the roadmap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="298"/>
        <source>%d statement discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="298"/>
        <source>%d statements discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="303"/>
        <source>1 more divided statement can be brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="304"/>
        <source>%d more divided statements can be brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="307"/>
        <source>every divided statement has been on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="183"/>
        <source>%d ideas so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="197"/>
        <source>Dot vote · %d dots each, on your phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="198"/>
        <source>Which ideas matter most?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="213"/>
        <source>Dot vote closed · the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="214"/>
        <source>The team&apos;s priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="234"/>
        <source>The top %d join the roadmap as suggestions, to be triaged with the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="237"/>
        <source>No idea received a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="256"/>
        <source>End of the discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="257"/>
        <source>What we agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter/slides.py" line="265"/>
        <source>No agreed scores recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/owners_dialog.py" line="33"/>
        <location filename="../../cxassess/gui/pages/roadmap_page.py" line="448"/>
        <source>People in roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/owners_dialog.py" line="37"/>
        <source>Name the person who holds each role the plan, its decisions and the open points of the discussion give work to. Reports print the person beside the role, and list the roles still without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/owners_dialog.py" line="50"/>
        <source>Open work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/pages/owners_dialog.py" line="48"/>
        <source>Roles and the people who hold them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/prepared.py" line="38"/>
        <source>Prepare the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/prepared.py" line="44"/>
        <source>Programme lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/prepared.py" line="45"/>
        <source>Named on the cover and as the owner of the committee&apos;s decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/prepared.py" line="47"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/prepared.py" line="49"/>
        <source>Programme &amp;lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/prepared.py" line="51"/>
        <source>For a &amp;meeting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/prepared.py" line="51"/>
        <source>For a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/prepared.py" line="54"/>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/prepared.py" line="68"/>
        <source>Members of the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/prepared.py" line="69"/>
        <source>Who owns each organisation&apos;s decisions; leave blank to name the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/prepared.py" line="71"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio/prepared.py" line="87"/>
        <source>Committee:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
