<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="134"/>
        <source>Answering as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="140"/>
        <source>Overview of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="141"/>
        <source>Jump to any question; unanswered ones are marked ○</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="155"/>
        <source>Dimension and question number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="170"/>
        <source>&amp;Comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="171"/>
        <source>Comment on this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="172"/>
        <source>What have you seen that makes you answer this way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="180"/>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="180"/>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="182"/>
        <location filename="../../cxassess/gui/answer_page.py" line="339"/>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="182"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="185"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="185"/>
        <source>Finish answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="194"/>
        <source>Keys: 1–5 answer · 0 or N not applicable · Enter or → next · ← back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="261"/>
        <source>Progress in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="299"/>
        <source>&lt;b&gt;Answering as %s&lt;/b&gt;&lt;br/&gt;%d of %d answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="314"/>
        <source>%s · question %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="321"/>
        <source>Not applicable / don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="339"/>
        <source>&amp;Done →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="420"/>
        <source>… and %d more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="423"/>
        <source>%d statements are not answered yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="426"/>
        <source>&apos;Not applicable / don&apos;t know&apos; (key 0) is an answer too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="427"/>
        <source>&amp;Go back to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="427"/>
        <source>&amp;Finish anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export.py" line="118"/>
        <source>The report builder stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export.py" line="125"/>
        <source>The report builder could not start: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export.py" line="211"/>
        <location filename="../../cxassess/gui/handover_page.py" line="192"/>
        <location filename="../../cxassess/gui/importing.py" line="155"/>
        <location filename="../../cxassess/gui/importing.py" line="163"/>
        <location filename="../../cxassess/gui/importing.py" line="199"/>
        <location filename="../../cxassess/gui/portfolio_window.py" line="113"/>
        <location filename="../../cxassess/gui/prompts.py" line="77"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="45"/>
        <source>Who answers next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="46"/>
        <location filename="../../cxassess/gui/setup_page.py" line="95"/>
        <location filename="../../cxassess/gui/setup_page.py" line="104"/>
        <location filename="../../cxassess/gui/setup_page.py" line="184"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="59"/>
        <location filename="../../cxassess/gui/setup_page.py" line="144"/>
        <source>Start answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="61"/>
        <source>Start answering as the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="68"/>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="70"/>
        <source>Let the selected person change their sealed answers (facilitator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="76"/>
        <source>Open the &amp;room: answer on phones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="78"/>
        <source>Let participants answer on their own phones over this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="84"/>
        <location filename="../../cxassess/gui/handover_page.py" line="146"/>
        <source>Reveal the results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="86"/>
        <source>Show the team&apos;s results (facilitator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="107"/>
        <source>Your answers are saved and sealed: nobody can open them on this laptop. Please pass the laptop to the next person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="115"/>
        <source>Each person answers privately and their answers are sealed when they finish; nobody sees anyone&apos;s answers until the facilitator reveals the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="126"/>
        <source>finished · sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="130"/>
        <source>in progress (%d of %d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="146"/>
        <source>Everyone is done: reveal the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="164"/>
        <source>This person has finished; their answers are sealed. Only the facilitator can unlock them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="185"/>
        <source>Unlock %s&apos;s answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="187"/>
        <source>%s will be able to see and change their answers on this laptop, and anyone at the laptop could see them while they are open. They are sealed again when %s finishes. Do this only with %s at the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="192"/>
        <source>&amp;Unlock the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="208"/>
        <source>Not everyone has finished: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="210"/>
        <source>Reveal the results now? The team will see the results without the answers still to come; anyone who has not finished can still answer afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="213"/>
        <source>&amp;Reveal now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="213"/>
        <source>Keep waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="104"/>
        <source>Thank you, %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="112"/>
        <source>Pass the laptop around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="128"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="46"/>
        <source>Automatic backup failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="209"/>
        <source>New &amp;solo assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="215"/>
        <source>New team &amp;workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="221"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="224"/>
        <source>New assessment from an &amp;earlier one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="230"/>
        <source>&amp;Compare with earlier assessments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="236"/>
        <source>&amp;Portfolio of many teams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="242"/>
        <source>&amp;Import participant files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="248"/>
        <source>Import &amp;spreadsheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="253"/>
        <location filename="../../cxassess/gui/prompts.py" line="77"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="255"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="258"/>
        <source>Export &amp;PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="264"/>
        <source>Export PDF with the suggested actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="271"/>
        <source>Export PDF naming the participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="277"/>
        <source>Export answers as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="283"/>
        <source>Write an answer &amp;form to send out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="289"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="291"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="292"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="295"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="299"/>
        <source>&amp;Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="302"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="305"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="323"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="326"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="328"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="333"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="334"/>
        <source>1 · Set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="335"/>
        <source>2 · Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="336"/>
        <source>3 · Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="337"/>
        <source>4 · Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="338"/>
        <source>5 · Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="351"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="353"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="356"/>
        <source>&amp;About cxassess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="378"/>
        <source>Locked until the facilitator reveals the results on the hand-over screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="437"/>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="442"/>
        <source>%s (%s), last change %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="442"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="508"/>
        <source>The room could not open: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="582"/>
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
        <location filename="../../cxassess/gui/document_commands.py" line="67"/>
        <source>The shipped questionnaire could not be read. Reinstall cxassess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="72"/>
        <location filename="../../cxassess/gui/setup_page.py" line="303"/>
        <source>Participant %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="74"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="80"/>
        <source>Open an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="94"/>
        <source>%s could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="125"/>
        <source>Save the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="141"/>
        <source>Choose another folder with Save as…; your answers are still safe in the automatic backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="147"/>
        <source>Saved %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="166"/>
        <source>The automatic backup could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="170"/>
        <source>Restored. Save to keep the restored answers in your own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="180"/>
        <source>Start from an earlier assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="197"/>
        <source>Started from %s; %d open actions carried over for review in the roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="206"/>
        <source>Compare with earlier assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="224"/>
        <location filename="../../cxassess/gui/document_commands.py" line="241"/>
        <source>Import participant files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="247"/>
        <source>Imported %d file(s): %d people in the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="255"/>
        <source>Import a spreadsheet of responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="269"/>
        <source>%s could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="276"/>
        <source>Use a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="287"/>
        <source>Answers have already been given with the current questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="288"/>
        <source>Start a new assessment to use a different questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="296"/>
        <source>The questionnaire %s has problems. Fix them and try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="301"/>
        <source>Change questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="319"/>
        <source>Export the PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="325"/>
        <source>Export answers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="330"/>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="330"/>
        <source>Writing the CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="335"/>
        <source>The export failed; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="339"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="357"/>
        <source>Write an answer form to send out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="364"/>
        <source>The form could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="367"/>
        <source>Wrote %s: send it to participants; merge the files they send back with Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="378"/>
        <source>Wrote %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="383"/>
        <location filename="../../cxassess/gui/portfolio_window.py" line="263"/>
        <source>Wrote %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="385"/>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="386"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="401"/>
        <location filename="../../cxassess/gui/importing.py" line="171"/>
        <source>the open assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="550"/>
        <source>Answering: 1–5 choose an answer, 0 or N not applicable, Enter or → next, ← back.
Ctrl+S save, Ctrl+Z undo, Ctrl+Shift+Z redo, Ctrl+E export PDF, F11 presenter view,
Alt+1 … Alt+5 move between Start, Set-up, Answer, Results and Roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="561"/>
        <source>cxassess %s
Customer-centric culture assessment for teams and managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/models.py" line="73"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/models.py" line="105"/>
        <source>discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_model.py" line="101"/>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_model.py" line="102"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_model.py" line="103"/>
        <source>Earlier roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_model.py" line="105"/>
        <source>Suggested, edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_model.py" line="113"/>
        <source>↳ For: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_model.py" line="115"/>
        <source>↳ Why: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_model.py" line="126"/>
        <source>Baseline: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_model.py" line="128"/>
        <source>Target: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="65"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="66"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="67"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="73"/>
        <source>Where the presentation is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="76"/>
        <source>Agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="80"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="82"/>
        <source>Why the team agreed this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="83"/>
        <source>Why, in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="88"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="88"/>
        <source>Record the agreed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="93"/>
        <source>Hide (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="93"/>
        <source>Hide these controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="127"/>
        <source>Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="128"/>
        <source>cxassess: presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="148"/>
        <source>Presenter controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="164"/>
        <location filename="../../cxassess/gui/results_page.py" line="95"/>
        <source>Radar chart of dimension scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="171"/>
        <source>→ next statement · ← back · Home overview · Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="221"/>
        <source>Index %.0f of 100 · %s · %d people answered · %d statements to discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="251"/>
        <source>Overview · %d statements to discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="258"/>
        <source>Statement %d of %d · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="262"/>
        <source>Why we talk about it: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="287"/>
        <source>The team averages %.1f of %d: what %d describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="293"/>
        <source>The team averages %.1f of %d, between what %d and %d describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="285"/>
        <source>Nobody gave an answer on the scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="300"/>
        <source>%d could not say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="302"/>
        <source>Agreed: %.1f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="305"/>
        <source>Statement %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="215"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="218"/>
        <source>Not enough answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="236"/>
        <source>  (agreed %.1f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="52"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="53"/>
        <location filename="../../cxassess/gui/results_page.py" line="104"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="58"/>
        <location filename="../../cxassess/gui/results_page.py" line="103"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="65"/>
        <source>%s (too few answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="97"/>
        <source>Dimension scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="100"/>
        <location filename="../../cxassess/gui/trends_page.py" line="194"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="101"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="102"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="105"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="116"/>
        <source>Select a dimension to see what its level means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="121"/>
        <source>Result views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="128"/>
        <source>Filter questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="129"/>
        <source>Filter questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="138"/>
        <source>Question statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="156"/>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="163"/>
        <source>Where answers were far apart, most disagreement (and weight) first; the first few are proposed for the hour. Ask the people at both ends what they have seen, then record an agreed score (or use the presenter, F11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="306"/>
        <source>Proposed · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="308"/>
        <source>%s
    %s%s · mean %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="168"/>
        <source>Discussion agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="175"/>
        <source>Discussion &amp;agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="181"/>
        <source>Scores by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="185"/>
        <source>By &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="195"/>
        <source>After discussion, record the score the team agrees on. The computed score and everyone&apos;s answers stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="201"/>
        <source>Question or dimension to agree on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="209"/>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="210"/>
        <source>Computed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="211"/>
        <source>Computed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="77"/>
        <location filename="../../cxassess/gui/results_page.py" line="212"/>
        <source>Agreed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="215"/>
        <source>Agreed &amp;score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="217"/>
        <source>Why the team agreed on this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="219"/>
        <source>What the team saw that led to this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="221"/>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="224"/>
        <source>Record agreed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="228"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="228"/>
        <source>Clear agreed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="235"/>
        <source>A&amp;greed scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="260"/>
        <source>Not enough answers yet to score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="262"/>
        <source>Each dimension needs at least half of its questions answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="266"/>
        <source>Index %.0f / 100 · score %.2f of %d · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="231"/>
        <location filename="../../cxassess/gui/results_page.py" line="275"/>
        <source>too few answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="286"/>
        <source>Index %.0f of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="322"/>
        <location filename="../../cxassess/gui/setup_page.py" line="105"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="60"/>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="102"/>
        <source>Portfolio: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="108"/>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="109"/>
        <source>Reading the assessments in %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="112"/>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="120"/>
        <source>Assessed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="124"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="124"/>
        <source>Export the portfolio PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="127"/>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="129"/>
        <source>Assessed since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="138"/>
        <source>Teams by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="149"/>
        <source>Double-click a team to open its latest assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="188"/>
        <source>%d teams (%d shown; teams under %d people are left out) from %d files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="193"/>
        <location filename="../../cxassess/gui/results_page.py" line="322"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="193"/>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="195"/>
        <location filename="../../cxassess/gui/results_page.py" line="322"/>
        <location filename="../../cxassess/gui/trends_page.py" line="185"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="208"/>
        <source>suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="215"/>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="217"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="245"/>
        <source>Export the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="249"/>
        <source>Writing %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="269"/>
        <source>The export failed; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="338"/>
        <source>Roles with at least %d respondents; smaller roles are combined so nobody&apos;s answers can be singled out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="343"/>
        <source>No role has enough respondents to show without singling people out (at least %d per group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="354"/>
        <source>Dimension: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="357"/>
        <source>Question %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="363"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="423"/>
        <source>%s: not enough answers to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="428"/>
        <source>&lt;b&gt;Next, %s:&lt;/b&gt; %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="70"/>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="169"/>
        <source>&amp;Suggest actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="175"/>
        <source>&amp;Add own action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="176"/>
        <source>Add an action of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="155"/>
        <source>Mark d&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="181"/>
        <location filename="../../cxassess/gui/setup_page.py" line="113"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="212"/>
        <source>Only actions from the earlier roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="214"/>
        <source>Show only actions carried over from the earlier assessment, to follow them up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="79"/>
        <source>Roadmap actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="107"/>
        <source>No actions match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="110"/>
        <source>Problem with the last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="125"/>
        <source>Acce&amp;pt (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="126"/>
        <source>Accept the selected actions into the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="131"/>
        <source>&amp;Drop (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="132"/>
        <source>Drop the selected actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="137"/>
        <source>O&amp;wner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="138"/>
        <source>Give the selected actions an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="143"/>
        <source>W&amp;hen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="144"/>
        <source>Set when the selected actions start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="149"/>
        <source>D&amp;ue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="150"/>
        <source>Set the due date of the selected actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="156"/>
        <source>Mark the selected actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="157"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="170"/>
        <source>Suggest actions from the scores again; reviewed and edited ones are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="182"/>
        <source>Remove the selected actions from the roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="194"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="197"/>
        <source>Filter by review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="198"/>
        <source>All reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="201"/>
        <source>Filter by dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="201"/>
        <location filename="../../cxassess/gui/roadmap_page.py" line="259"/>
        <source>All dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="205"/>
        <source>Filter by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="206"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="243"/>
        <source>“%s” is not a date, so the due date was not changed. Type it as %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="270"/>
        <source>%d accepted, %d suggested to review, %d dropped. Select rows (Shift or Ctrl for several) and press A to accept or D to drop; double-click a cell to edit. Re-assess on %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="353"/>
        <source>Accept actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="353"/>
        <source>Drop actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="354"/>
        <source>Review actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="360"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="360"/>
        <source>Owner of the %d selected actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="363"/>
        <source>Set owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="368"/>
        <source>Set when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="377"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="377"/>
        <source>Due date of the selected actions (%s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="385"/>
        <source>Set due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="395"/>
        <source>Remove actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="284"/>
        <source>No actions yet. &apos;Suggest actions&apos; builds a roadmap from the scores and targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="324"/>
        <source>%d selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="328"/>
        <source>Suggest actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="333"/>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="333"/>
        <source>New action: describe what will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="342"/>
        <location filename="../../cxassess/gui/setup_page.py" line="265"/>
        <source>Edit %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session.py" line="91"/>
        <source>Recovered changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session.py" line="123"/>
        <source>Choose where to save the assessment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session.py" line="172"/>
        <source>Untitled assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session.py" line="250"/>
        <source>Answer %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session.py" line="309"/>
        <source>Agreed score for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session.py" line="330"/>
        <location filename="../../cxassess/gui/setup_page.py" line="224"/>
        <source>Target for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="56"/>
        <source>Set up the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="59"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="118"/>
        <location filename="../../cxassess/gui/portfolio_window.py" line="193"/>
        <location filename="../../cxassess/gui/setup_page.py" line="62"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/portfolio_window.py" line="193"/>
        <location filename="../../cxassess/gui/setup_page.py" line="63"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="64"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="65"/>
        <source>Date of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="68"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="69"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="70"/>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="71"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="81"/>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="83"/>
        <source>Questionnaire in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="87"/>
        <source>Use another questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="89"/>
        <source>Load a questionnaire from a YAML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="99"/>
        <location filename="../../cxassess/gui/setup_page.py" line="189"/>
        <source>Everyone who will answer. Roles let the results show differences between groups of three or more people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="105"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="112"/>
        <source>&amp;Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="114"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="115"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="124"/>
        <source>Anonymous: show participants as P1, P2, … in results, exports and the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="127"/>
        <location filename="../../cxassess/gui/setup_page.py" line="273"/>
        <source>Anonymous mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="133"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="144"/>
        <source>Start answering  →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="172"/>
        <source>%s, version %s: %d questions in %d dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="184"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="186"/>
        <source>Your name and role. Add people to turn this into a team workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="214"/>
        <source>Where each dimension should be by the next assessment. &apos;Automatic&apos; means one maturity level above the current score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="230"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="246"/>
        <source>Initiatives to suggest for the roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="249"/>
        <source> initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="253"/>
        <source>Roadmap at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="269"/>
        <source>Edit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="277"/>
        <source>Roadmap size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="299"/>
        <source>Edit participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="304"/>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="313"/>
        <source>Remove participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="321"/>
        <source>Reorder participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="46"/>
        <source>Customer-centric culture assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="50"/>
        <source>Score how customer-centric your organisation is across commitment, ideal customer, listening and action; see where the team disagrees; leave with a roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="70"/>
        <source>New solo assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="71"/>
        <source>Answer on your own, over one or several sittings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="76"/>
        <source>New team workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="77"/>
        <source>Several people answer in turn on this laptop, then discuss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="82"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="83"/>
        <source>Continue a saved assessment (.cxa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="88"/>
        <source>Import participant files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="89"/>
        <source>Combine answers people sent as .cxa files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="94"/>
        <source>Import spreadsheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="95"/>
        <source>One row per participant, one column per question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="103"/>
        <source>Assess again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="104"/>
        <source>Start from an earlier assessment: same team, open actions carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="119"/>
        <location filename="../../cxassess/gui/start_page.py" line="134"/>
        <source>Recent assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="147"/>
        <source>Files you open or save appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="164"/>
        <source>cxassess did not close normally. These answers were saved automatically and can be restored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="175"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="175"/>
        <source>Restore %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="179"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="179"/>
        <source>Discard %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="55"/>
        <source>Since last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="57"/>
        <source>Compare with earlier assessments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="59"/>
        <source>Choose earlier assessments to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="72"/>
        <source>Scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="74"/>
        <source>Change per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="83"/>
        <source>Questions that moved most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="84"/>
        <location filename="../../cxassess/gui/trends_page.py" line="194"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="84"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="84"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="91"/>
        <source>What became of the earlier roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="93"/>
        <source>Earlier action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="93"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="93"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="160"/>
        <source>Open earlier assessments of the same team to see what moved. Files started from an earlier assessment are compared with it automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="171"/>
        <source>%d assessments compared on the %d questions they share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="175"/>
        <source>New questions, not compared: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="177"/>
        <source>No longer asked: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="194"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="200"/>
        <source>larger than the spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="200"/>
        <source>within the spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/document_commands.py" line="382"/>
        <location filename="../../cxassess/gui/prompts.py" line="97"/>
        <location filename="../../cxassess/gui/widgets.py" line="55"/>
        <location filename="../../cxassess/gui/widgets.py" line="74"/>
        <source>cxassess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/date_input.py" line="55"/>
        <source>%s or %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/date_input.py" line="76"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/date_input.py" line="79"/>
        <source>Type a date as %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="44"/>
        <source>Answers that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="49"/>
        <source>%d answers differ between the files for the same person. Choose which answer to keep for each; nothing is imported until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="56"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="57"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="57"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="57"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="69"/>
        <source>Answer to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="71"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="73"/>
        <source>%s from %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="83"/>
        <source>Keep the &amp;latest everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="85"/>
        <source>Keep the most recent answer in every row where one is the most recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="92"/>
        <source>&amp;Import with these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="117"/>
        <source> and %d more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="144"/>
        <source>%d file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="148"/>
        <source>Add %d people from %s to “%s”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="149"/>
        <source>They join the assessment that is open now: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="151"/>
        <source>Or start a new assessment with only the people in these files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="153"/>
        <source>&amp;Add to this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="154"/>
        <source>Start a &amp;new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="161"/>
        <source>Start a new assessment with %d people from %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="163"/>
        <source>&amp;Start the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="189"/>
        <source>These people look like the same person imported twice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="193"/>
        <source>Counted twice, each would weigh double in every score. Combine keeps one person with the most recent answer to each statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="197"/>
        <source>&amp;Combine them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/importing.py" line="198"/>
        <source>&amp;Keep them apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room_window.py" line="106"/>
        <source>The room — cxassess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room_window.py" line="117"/>
        <source>QR code of the room&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room_window.py" line="125"/>
        <source>Answer on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room_window.py" line="129"/>
        <source>Scan the code or type the address, then the PIN. Your answers are private: nobody sees them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room_window.py" line="135"/>
        <source>Address of the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room_window.py" line="142"/>
        <source>PIN %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room_window.py" line="142"/>
        <source>PIN of the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room_window.py" line="148"/>
        <source>How many joined, answer and finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room_window.py" line="156"/>
        <source>Phones must be on the same network as this laptop. Guest Wi-Fi often keeps devices apart: use this laptop&apos;s hotspot instead. If Windows asks about the firewall, allow private networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room_window.py" line="165"/>
        <source>&amp;Close the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room_window.py" line="167"/>
        <source>Stop taking answers; the address and PIN stop working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/room_window.py" line="201"/>
        <source>%d joined · %d answering · %d finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
