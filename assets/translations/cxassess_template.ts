<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="107"/>
        <source>Answering as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="113"/>
        <source>Overview of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="114"/>
        <source>Jump to any question; unanswered ones are marked ○</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="128"/>
        <source>Dimension and question number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="143"/>
        <source>&amp;Comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="144"/>
        <source>Comment on this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="145"/>
        <source>What have you seen that makes you answer this way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="152"/>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="152"/>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="154"/>
        <location filename="../../cxassess/gui/answer_page.py" line="300"/>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="154"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="157"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="157"/>
        <source>Finish answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="166"/>
        <source>Keys: 1–5 answer · 0 or N not applicable · Enter or → next · ← back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="229"/>
        <source>Progress in %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="264"/>
        <source>&lt;b&gt;Answering as %s&lt;/b&gt;&lt;br/&gt;%d of %d answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="275"/>
        <source>%s · question %d of %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="282"/>
        <source>Not applicable / don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/answer_page.py" line="300"/>
        <source>&amp;Done →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/export.py" line="85"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="39"/>
        <source>Who answers next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="40"/>
        <location filename="../../cxassess/gui/setup_page.py" line="90"/>
        <location filename="../../cxassess/gui/setup_page.py" line="99"/>
        <location filename="../../cxassess/gui/setup_page.py" line="172"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="44"/>
        <location filename="../../cxassess/gui/setup_page.py" line="134"/>
        <source>Start answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="46"/>
        <source>Start answering as the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="53"/>
        <source>Everyone is done: show the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="55"/>
        <source>Show the team&apos;s results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="65"/>
        <source>Thank you, %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="67"/>
        <source>Your answers are saved and hidden. Please pass the laptop to the next person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="70"/>
        <source>Pass the laptop around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="73"/>
        <source>Each person answers privately; nobody sees anyone else&apos;s answers until the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="82"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="84"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/handover_page.py" line="84"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="53"/>
        <source>Automatic backup failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="191"/>
        <source>New &amp;solo assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="194"/>
        <source>New team &amp;workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="196"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="198"/>
        <source>New assessment from an &amp;earlier one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="204"/>
        <source>&amp;Compare with earlier assessments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="207"/>
        <source>&amp;Import participant files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="213"/>
        <source>Import &amp;spreadsheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="215"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="216"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="218"/>
        <source>Export &amp;PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="221"/>
        <source>Export answers as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="226"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="227"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="228"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="231"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="235"/>
        <source>&amp;Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="238"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="241"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="251"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="254"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="256"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="261"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="262"/>
        <source>1 · Set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="263"/>
        <source>2 · Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="264"/>
        <source>3 · Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="265"/>
        <source>4 · Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="266"/>
        <source>5 · Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="279"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="281"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="284"/>
        <source>&amp;About cxassess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="334"/>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="339"/>
        <source>%s (%s), last change %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="339"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="381"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="382"/>
        <source>Save the changes to %s before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="384"/>
        <source>Your answers are backed up automatically, but only saving writes your own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="430"/>
        <source>The shipped questionnaire could not be read. Reinstall cxassess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="435"/>
        <location filename="../../cxassess/gui/setup_page.py" line="256"/>
        <source>Participant %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="437"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="443"/>
        <source>Open an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="455"/>
        <location filename="../../cxassess/gui/main_window.py" line="548"/>
        <source>%s could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="476"/>
        <source>Save the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="492"/>
        <source>Choose another folder with Save as…; your answers are still safe in the automatic backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="498"/>
        <source>Saved %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="516"/>
        <source>The automatic backup could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="521"/>
        <source>Restored. Save to keep the restored answers in your own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="532"/>
        <source>Start from an earlier assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="554"/>
        <source>Started from %s; %d open actions carried over for review in the roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="563"/>
        <source>Compare with earlier assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="581"/>
        <location filename="../../cxassess/gui/main_window.py" line="595"/>
        <source>Import participant files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="602"/>
        <source>Imported %d file(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="607"/>
        <source>Import a spreadsheet of responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="620"/>
        <source>%s could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="627"/>
        <source>Use a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="638"/>
        <source>Answers have already been given with the current questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="639"/>
        <source>Start a new assessment to use a different questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="647"/>
        <source>The questionnaire %s has problems. Fix them and try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="652"/>
        <source>Change questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="697"/>
        <source>Export the PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="699"/>
        <source>Export answers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="703"/>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="703"/>
        <source>Writing the CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="707"/>
        <source>The export failed; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="710"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="724"/>
        <source>Wrote %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="725"/>
        <source>Wrote %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="727"/>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="728"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="753"/>
        <source>Answering: 1–5 choose an answer, 0 or N not applicable, Enter or → next, ← back.
Ctrl+S save, Ctrl+Z undo, Ctrl+Shift+Z redo, Ctrl+E export PDF, F11 presenter view,
Alt+1 … Alt+5 move between Start, Set-up, Answer, Results and Roadmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/main_window.py" line="764"/>
        <source>cxassess %s
Customer-centric culture assessment for teams and managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/models.py" line="93"/>
        <source>discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/models.py" line="166"/>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/models.py" line="167"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/models.py" line="168"/>
        <source>Earlier roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/models.py" line="171"/>
        <source>Suggested, edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="22"/>
        <source>Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="23"/>
        <source>cxassess: presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="35"/>
        <location filename="../../cxassess/gui/results_page.py" line="92"/>
        <source>Radar chart of dimension scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="42"/>
        <source>Esc or F11 to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="64"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="67"/>
        <source>Not enough answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="71"/>
        <source>Index %.0f of 100 · %s · %d respondents · %d statements to discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="81"/>
        <location filename="../../cxassess/gui/results_page.py" line="265"/>
        <source>insufficient data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/presenter.py" line="86"/>
        <source>  (agreed %.1f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="50"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="51"/>
        <location filename="../../cxassess/gui/results_page.py" line="102"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="56"/>
        <location filename="../../cxassess/gui/results_page.py" line="101"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="94"/>
        <source>Dimension scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="97"/>
        <location filename="../../cxassess/gui/trends_page.py" line="191"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="98"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="99"/>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="100"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="103"/>
        <source>rwg(j)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="113"/>
        <source>Select a dimension to see what its level means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="118"/>
        <source>Result views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="124"/>
        <source>Filter questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="125"/>
        <source>Filter questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="134"/>
        <source>Question statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="151"/>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="158"/>
        <source>Where answers were far apart, most disagreement first. Ask the people at both ends what they have seen, then record an agreed score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="163"/>
        <source>Discussion agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="170"/>
        <source>Discussion &amp;agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="176"/>
        <source>Scores by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="180"/>
        <source>By &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="190"/>
        <source>After discussion, record the score the team agrees on. The computed score and everyone&apos;s answers stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="196"/>
        <source>Question or dimension to agree on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="199"/>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="200"/>
        <source>Computed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="201"/>
        <source>Computed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="202"/>
        <source>Agreed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="205"/>
        <source>Agreed &amp;score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="207"/>
        <source>Why the team agreed on this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="209"/>
        <source>What the team saw that led to this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="211"/>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="214"/>
        <source>Record agreed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="218"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="218"/>
        <source>Clear agreed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="225"/>
        <source>A&amp;greed scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="250"/>
        <source>Not enough answers yet to score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="252"/>
        <source>Each dimension needs at least half of its questions answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="256"/>
        <source>Index %.0f / 100 · score %.2f of %d · %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="288"/>
        <source>%s
    answers %d–%d · agreement %s · mean %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="303"/>
        <location filename="../../cxassess/gui/setup_page.py" line="100"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="303"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="303"/>
        <location filename="../../cxassess/gui/trends_page.py" line="182"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="319"/>
        <source>Roles with at least %d respondents; smaller roles are combined so nobody&apos;s answers can be singled out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="324"/>
        <source>No role has enough respondents to show without singling people out (at least %d per group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="335"/>
        <source>Dimension: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="338"/>
        <source>Question %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="344"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="404"/>
        <source>%s: not enough answers to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/results_page.py" line="409"/>
        <source>&lt;b&gt;Next, %s:&lt;/b&gt; %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="84"/>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="91"/>
        <source>&amp;Suggest actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="92"/>
        <source>Suggest actions from the scores again; your edits and own actions are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="97"/>
        <source>&amp;Add own action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="98"/>
        <source>Add an action of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="103"/>
        <source>Acce&amp;pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="104"/>
        <source>Keep the selected action as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="109"/>
        <source>&amp;Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="110"/>
        <source>Drop the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="115"/>
        <source>Mark d&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="116"/>
        <source>Mark the selected action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="121"/>
        <location filename="../../cxassess/gui/setup_page.py" line="108"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="122"/>
        <source>Remove the selected action from the roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="132"/>
        <source>Only actions from the earlier roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="134"/>
        <source>Show only actions carried over from the earlier assessment, to follow them up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="143"/>
        <source>Roadmap actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="185"/>
        <source>%d actions (%d dropped). Double-click a cell to edit; re-assess on %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="191"/>
        <source>No actions yet. &apos;Suggest actions&apos; builds a roadmap from the scores and targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="211"/>
        <source>Suggest actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="216"/>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="216"/>
        <source>New action: describe what will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="225"/>
        <location filename="../../cxassess/gui/setup_page.py" line="222"/>
        <source>Edit %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/roadmap_page.py" line="241"/>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session.py" line="89"/>
        <source>Recovered changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session.py" line="121"/>
        <source>Choose where to save the assessment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session.py" line="168"/>
        <source>Untitled assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session.py" line="202"/>
        <source>Answer %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session.py" line="261"/>
        <source>Agreed score for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/session.py" line="279"/>
        <location filename="../../cxassess/gui/setup_page.py" line="206"/>
        <source>Target for %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="52"/>
        <source>Set up the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="55"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="57"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="58"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="59"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="60"/>
        <source>Date of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="63"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="64"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="65"/>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="66"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="76"/>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="78"/>
        <source>Questionnaire in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="82"/>
        <source>Use another questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="84"/>
        <source>Load a questionnaire from a YAML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="94"/>
        <location filename="../../cxassess/gui/setup_page.py" line="177"/>
        <source>Everyone who will answer. Roles let the results show differences between groups of three or more people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="100"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="107"/>
        <source>&amp;Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="109"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="110"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="119"/>
        <source>Anonymous: show participants as P1, P2, … in results, exports and the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="122"/>
        <location filename="../../cxassess/gui/setup_page.py" line="230"/>
        <source>Anonymous mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="128"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="134"/>
        <source>Start answering  →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="162"/>
        <source>%s, version %s: %d questions in %d dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="172"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="174"/>
        <source>Your name and role. Add people to turn this into a team workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="200"/>
        <source>Where each dimension should be by the next assessment. &apos;Automatic&apos; means one maturity level above the current score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="210"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="226"/>
        <source>Edit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="252"/>
        <source>Edit participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="257"/>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="266"/>
        <source>Remove participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/setup_page.py" line="274"/>
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
        <location filename="../../cxassess/gui/start_page.py" line="146"/>
        <source>Files you open or save appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="163"/>
        <source>cxassess did not close normally. These answers were saved automatically and can be restored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="174"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="174"/>
        <source>Restore %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="178"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/start_page.py" line="178"/>
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
        <location filename="../../cxassess/gui/trends_page.py" line="71"/>
        <source>Scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="73"/>
        <source>Change per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="82"/>
        <source>Questions that moved most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="83"/>
        <location filename="../../cxassess/gui/trends_page.py" line="191"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="83"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="83"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="90"/>
        <source>What became of the earlier roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="92"/>
        <source>Earlier action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="92"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="92"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="159"/>
        <source>Open earlier assessments of the same team to see what moved. Files started from an earlier assessment are compared with it automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="168"/>
        <source>%d assessments compared on the %d questions they share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="172"/>
        <source>New questions, not compared: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="174"/>
        <source>No longer asked: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="191"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="197"/>
        <source>larger than the spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/trends_page.py" line="197"/>
        <source>within the spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cxassess/gui/widgets.py" line="55"/>
        <location filename="../../cxassess/gui/widgets.py" line="74"/>
        <source>cxassess</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
