<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AudioTab</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="185" />
        <source>Add sounds…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="206" />
        <source>Cut long recordings into clips?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="208" />
        <source>%n recording(s) are longer than one clip. Cut them into %1 s clips every %2 s? The clips are saved in %3; the original files stay as they are.</source>
        <translation><numerusform>%n recording are longer than one clip. Cut them into %1 s clips every %2 s? The clips are saved in %3; the original files stay as they are.</numerusform><numerusform>%n recordings are longer than one clip. Cut them into %1 s clips every %2 s? The clips are saved in %3; the original files stay as they are.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="230" />
        <source>Cutting the recordings into clips…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="240" />
        <source>Cut the recordings into %n clip(s), saved in %1.</source>
        <translation><numerusform>Cut the recordings into %n clip, saved in %1.</numerusform><numerusform>Cut the recordings into %n clips, saved in %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="247" />
        <source>Looking for a microphone…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="251" />
        <source>The microphone to record from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="258" />
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="267" />
        <source>Record a clip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="260" />
        <source>Record one clip into the selected class, after a 3-second count-down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="264" />
        <source> clip(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="265" />
        <source>How many clips to record in a row, with a short pause between them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="267" />
        <source>Record clips</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="269" />
        <source>Record background noise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="272" />
        <source>Record the room's own sound in one long take, cut into clips: a class the model picks when nobody speaks. About 20 seconds is enough.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="278" />
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="286" />
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="292" />
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="279" />
        <source>How long the background-noise take lasts (20 s or more).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="280" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="281" />
        <source>Stop recording; the clips already recorded are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="288" />
        <source>How long one example is. Recordings, and long files dropped on a class, are cut to this length.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="294" />
        <source>When a long recording is cut: how far apart the clips start (less than the length overlaps them).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="297" />
        <source>Saved in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="299" />
        <source>Show folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="300" />
        <source>Open the folder where recorded clips are saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="302" />
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="303" />
        <source>Play the selected example again (a click on an example plays it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="321" />
        <source>Clip length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="323" />
        <source>Cut every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="355" />
        <source>Recording and listening are off: %1 You can still use sound files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="360" />
        <source>Select a class, then record clips into it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="380" />
        <source>No microphone was found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="382" />
        <source>Train or load a model first, then listen to the microphone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="384" />
        <source>Classify what the microphone hears, continuously.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="414" />
        <source>background noise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="460" />
        <source>Get ready… %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="462" />
        <source>Next clip…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="465" />
        <source>● Recording clip %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="469" />
        <source>● Recording… %1 s of %2 s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="480" />
        <source>Recorded %n clip(s) into “%1”.</source>
        <translation><numerusform>Recorded %n clip into “%1”.</numerusform><numerusform>Recorded %n clips into “%1”.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="516" />
        <source>%1 Hz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="519" />
        <source>Sounds are resampled to this rate. 16,000 Hz keeps speech clear; higher keeps music detail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="521" />
        <source>Both directions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="523" />
        <source>Recurrent models hear each clip forwards and backwards: often more accurate, twice the work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="525" />
        <source>Sample rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="555" />
        <source>Drop a sound here, or click to choose one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="556" />
        <source>Drop a recording here to see what the model hears in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="564" />
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="696" />
        <source>Listen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="567" />
        <source>Open sound…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="568" />
        <source>Choose a recording to try the model on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="585" />
        <source>The selected example: its sound and its spectrogram.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="596" />
        <source>The sound you try is shown here, with what the model heard in each part.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="611" />
        <source>Try a sound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="622" />
        <source>This file could not be shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="632" />
        <source>Showing the first %1 s of %2 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="663" />
        <source>Stop listening</source>
        <translation type="unfinished" />
    </message>
<message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="76" />
        <source>Supported files (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="79" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BestModelSearch</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="30" />
        <source>Find the best model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="35" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="37" />
        <source>How long “Find the best model” may take in all. Each model gets an equal share of what is left; a model whose share runs out is stopped and its best so far is compared.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="54" />
        <source>Train every kind of model on the same examples, about %n minute(s) in all, and keep the most accurate.</source>
        <translation><numerusform>Train every kind of model on the same examples, about %n minute in all, and keep the most accurate.</numerusform><numerusform>Train every kind of model on the same examples, about %n minutes in all, and keep the most accurate.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="91" />
        <source>Trying every kind of model… press Stop (Esc) to end it and keep the best so far.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="95" />
        <source>Reading the examples…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="134" />
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="145" />
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="137" />
        <source>%1 was the only model tried: %2 right on the held-back examples, in %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="143" />
        <source>%1 won: %2 right on the held-back examples, as good as %3 but faster (%4 against %5).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="149" />
        <source>%1 won: %2 right on the held-back examples, %n point(s) above %3; it took %4.</source>
        <translation><numerusform>%1 won: %2 right on the held-back examples, %n point above %3; it took %4.</numerusform><numerusform>%1 won: %2 right on the held-back examples, %n points above %3; it took %4.</numerusform></translation>
    </message>
</context>
<context>
    <name>ClassList</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/class_list.py" line="100" />
        <source>Your classes. Drop files or folders on a class to add them to it; right-click to rename or remove.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/widgets/class_list.py" line="114" />
        <source>'%1': %n example(s). Drop files here to add more.</source>
        <translation><numerusform>'%1': %n example. Drop files here to add more.</numerusform><numerusform>'%1': %n examples. Drop files here to add more.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/class_list.py" line="170" />
        <source>Add files to '%1'…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/class_list.py" line="171" />
        <source>Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/class_list.py" line="172" />
        <source>Remove class</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClassRow</name>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/widgets/class_list.py" line="40" />
        <source>%n example(s)</source>
        <translation><numerusform>%n example</numerusform><numerusform>%n examples</numerusform></translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="113" />
        <source>Which columns?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="115" />
        <source>mmstudio guessed the columns of “%1”. Please check them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="123" />
        <source>The column whose cells are the examples to learn from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="124" />
        <source>The column whose cells name each example's class.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="129" />
        <source>Text column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="130" />
        <source>Label column</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConfidenceHistogram</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="49" />
        <source>Right answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="49" />
        <source>Mistakes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="52" />
        <source>Green bars: examples the model got right. Orange bars: its mistakes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="59" />
        <source>How sure the model was of its answer on each held-back example.
Mistakes far to the left could be caught by a “not sure below …” threshold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="67" />
        <source>How sure the model was</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="68" />
        <source>Examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="104" />
        <source>After training, how sure the model was on the held-back examples shows here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="125" />
        <source>The model got none of the %n held-back example(s) right.</source>
        <translation><numerusform>The model got none of the %n held-back example right.</numerusform><numerusform>The model got none of the %n held-back examples right.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="126" />
        <source>Right answers are mostly above %1 sure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="128" />
        <source>%1, and there were no mistakes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="131" />
        <source>%1; the one mistake was %2 sure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="137" />
        <source>%1; none of the %2 mistakes was less sure than that.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="142" />
        <source>%1; of the %2 mistakes, %n were below %3.</source>
        <translation><numerusform>%1; of the %2 mistakes, %n was below %3.</numerusform><numerusform>%1; of the %2 mistakes, %n were below %3.</numerusform></translation>
    </message>
</context>
<context>
    <name>ConfusedPairsView</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="233" />
        <source>The classes the model mixes up most often. Click one to list those examples.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="242" />
        <source>After training, the classes the model mixes up most are listed here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="254" />
        <source>“%1” taken for “%2”: %n time(s)</source>
        <translation><numerusform>“%1” taken for “%2”: %n time</numerusform><numerusform>“%1” taken for “%2”: %n times</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="260" />
        <source>Click to list these examples in step 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="263" />
        <source>The classes the model mixes up most, on the held-back examples:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="265" />
        <source>No mix-ups on the %n held-back example(s).</source>
        <translation><numerusform>No mix-ups on the %n held-back example.</numerusform><numerusform>No mix-ups on the %n held-back examples.</numerusform></translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="39" />
        <source>Each row is the real class, each column what the model guessed.
Squares on the diagonal are right answers; the others are mix-ups.
Click a square to see those examples.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="87" />
        <source>There were no '{truth}' examples to check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="91" />
        <source>1 '{truth}' example was recognised correctly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="93" />
        <source>{count} '{truth}' examples were recognised correctly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="97" />
        <source>1 '{truth}' example was predicted as '{guess}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="99" />
        <source>{count} '{truth}' examples were predicted as '{guess}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="101" />
        <source>({share} of all {total} '{truth}' examples).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="249" />
        <source>After training, this grid shows which classes the model mixes up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="186" />
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="262" />
        <source>Predicted class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="266" />
        <source>True class</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExampleBrowser</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/example_browser.py" line="87" />
        <source>The examples of the selected class. Select some and press Delete to remove them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GatherPanel</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="50" />
        <source>1 · Examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="52" />
        <source>Open folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="54" />
        <source>Bring in a folder whose sub-folders are the classes (Ctrl+O). You can also drop folders here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="58" />
        <source>Add files to the selected class, or to a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="60" />
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="178" />
        <source>New class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="61" />
        <source>Add an empty class, then drop examples on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="64" />
        <source>Open sample data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="65" />
        <source>Load a small example data set that comes with mmstudio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="87" />
        <source>Drop a folder here whose sub-folders are your classes, or click “Open sample data”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="98" />
        <source>Remove selected examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="99" />
        <source>Take the selected examples out of this class (Delete key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="132" />
        <source>Examples in “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="132" />
        <source>Examples</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="173" />
        <source>Removed %n example(s) from “%1”.</source>
        <translation><numerusform>Removed %n example from “%1”.</numerusform><numerusform>Removed %n examples from “%1”.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="179" />
        <source>Name of the new class:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="180" />
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="219" />
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="187" />
        <source>Rename class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="187" />
        <source>New name for “%1”:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="194" />
        <source>Removed the class “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="207" />
        <source>New class…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="210" />
        <source>Which class?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="211" />
        <source>Which class do the %n file(s) belong to? Pick one or type a new name.</source>
        <translation><numerusform>Which class do the %n file belong to? Pick one or type a new name.</numerusform><numerusform>Which class do the %n files belong to? Pick one or type a new name.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="229" />
        <source>Open a folder of class folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="237" />
        <source>Add examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="251" />
        <source>Looking through the files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="257" />
        <source>The files could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="277" />
        <source>Added %n example(s).</source>
        <translation><numerusform>Added %n example.</numerusform><numerusform>Added %n examples.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="279" />
        <source>%n file(s) of another type were skipped.</source>
        <translation><numerusform>%n file of another type was skipped.</numerusform><numerusform>%n files of another type were skipped.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImageTab</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="41" />
        <source>Without internet, open Settings with the pretrained MobileNetV3 model chosen, press “Choose weights file…” and give the file mobilenet_v3_small-047dcff4.pth from torchvision; or train once on a computer with internet access, and the weights download by themselves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="57" />
        <source>Add images…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="63" />
        <source>%1 × %1 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="65" />
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="220" />
        <source>Pictures are shrunk to this size before training. Bigger keeps detail but trains slower.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="68" />
        <source>Grey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="69" />
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="72" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="70" />
        <source>Grey is faster; choose colour when colour tells the classes apart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="71" />
        <source>Image size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="87" />
        <source>Choose weights file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="89" />
        <source>For a computer without internet: give MobileNetV3 (small) weights saved from torchvision (.pth) or as .safetensors. The file is checked, then kept on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="93" />
        <source>Use torchvision's weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="95" />
        <source>Stop using the file you chose: the pretrained model goes back to torchvision's own ImageNet weights (downloaded on first use). The checked copy of your file stays on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="105" />
        <source>Pretrained weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="106" />
        <source>The weights of the pretrained network: downloaded once from torchvision's address, or a file you give.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="116" />
        <source>Checking “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="117" />
        <source>The file is being read and checked; the choice before it stays until it passes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="119" />
        <source>The file you chose: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="120" />
        <source>These weights were checked and are kept on this computer: no download is needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="122" />
        <source>torchvision's ImageNet weights, already on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="123" />
        <source>They were downloaded before and are kept on this computer: no download is needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="125" />
        <source>Downloaded automatically on first use from torchvision's address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="126" />
        <source>The first training of this model needs internet access to download them (10 MB); they are then kept on this computer. Without internet, choose a weights file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="152" />
        <source>Choose MobileNetV3 weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="154" />
        <source>Weights files (*.pth *.safetensors)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="170" />
        <source>“%1” holds MobileNetV3 weights: the pretrained model uses them and needs no internet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="176" />
        <source>The weights file could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="218" />
        <source>This pretrained network always reads pictures at its own size (224 × 224, in colour).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="260" />
        <source>Drop an image here
or click to choose one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="261" />
        <source>Drop a new picture here to see what the model thinks it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="268" />
        <source>Open image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="269" />
        <source>Choose a picture to try the model on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="272" />
        <source>Heat map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="276" />
        <source>How strongly the heat map covers the picture (0: not at all).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="289" />
        <source>The picture as the model sees it, after shrinking.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="291" />
        <source>The autoencoder's attempt to redraw the picture from its code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="293" />
        <source>Where the redrawn picture differs from the input: orange marks the parts the autoencoder could not redraw.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="295" />
        <source>Model input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="296" />
        <source>Reconstruction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="297" />
        <source>Differences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="304" />
        <source>Compares how well this picture is redrawn with the training pictures: high means unlike them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="313" />
        <source>Try an image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="335" />
        <source>This file could not be shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="346" />
        <source>unusual: it looks unlike the training pictures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="346" />
        <source>looks familiar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="348" />
        <source>Unusual-input score: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
<message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="76" />
        <source>Supported files (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="79" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImageWhyView</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/why_views.py" line="26" />
        <source>This file could not be shown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../mmstudio/gui/language.py" line="53" />
        <source>The language changes when the training ends. Press Stop (Esc) to end it now and keep the best model so far.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/language.py" line="57" />
        <source>The language changes as soon as the work under way is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/language.py" line="184" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/language.py" line="232" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeaderboardView</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="20" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="20" />
        <source>Held-back accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="20" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="25" />
        <source>Each model tried, checked on the same held-back examples.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="28" />
        <source>Why this model was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="44" />
        <source>▶ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="45" />
        <source>training…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="53" />
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="54" />
        <source> (time up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="56" />
        <source>Its share of the time ran out: it was stopped and its best so far kept.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/level_meter.py" line="26" />
        <source>How loud the microphone hears the room right now.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="35" />
        <source>Train and try your own classifiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="43" />
        <source>Device: starting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="44" />
        <source>Where training runs: a graphics card (GPU) when there is one, else the processor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="74" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="79" />
        <source>&amp;Open folder of classes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="80" />
        <source>Open &amp;sample data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="81" />
        <source>&amp;Save model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="82" />
        <source>&amp;Load model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="91" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="95" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="97" />
        <source>&amp;Getting started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="98" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="99" />
        <source>&amp;About mmstudio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="111" />
        <source>&amp;New project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="112" />
        <source>Start again with no examples and no model (asks to save unsaved work first).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="114" />
        <source>Open &amp;project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="115" />
        <source>Open a project: every tab's examples, settings, models and curves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="118" />
        <source>Open &amp;recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="122" />
        <source>Sa&amp;ve project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="123" />
        <source>Save every tab's examples, settings, models and curves in the project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="125" />
        <source>Save project &amp;as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="125" />
        <source>Save the project under a new name or in another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="130" />
        <source>&amp;Copy example files into the project folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="131" />
        <source>When saving a project, copy its example files into a folder beside it, so it can be moved or shared whole.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="154" />
        <source>Open the project %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="157" />
        <source>No recent projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="161" />
        <source>&lt;h3&gt;Three steps&lt;/h3&gt;&lt;p&gt;&lt;b&gt;1 · Examples.&lt;/b&gt; Drop a folder whose sub-folders are the classes (one folder of pictures per kind of thing), or add files, record sounds or type texts into a class. &lt;i&gt;File › Open sample data&lt;/i&gt; gives you a ready-made set.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2 · Train.&lt;/b&gt; Press &lt;b&gt;Train&lt;/b&gt; (or Enter) and watch the curves: the orange line is how often the model is right on examples it never trained on. &lt;b&gt;Stop&lt;/b&gt; (or Esc) keeps the best model so far. Afterwards, the Mistakes and Confidence tabs show where it goes wrong.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3 · Try it.&lt;/b&gt; Drop a new example on “Try it” (or type, or press Listen). The bars show how sure the model is; the colours show why: orange parts spoke for the answer, blue ones against it. Click a class to see its evidence. Save the model to use it again, here or with &lt;code&gt;mmstudio predict&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="175" />
        <source>Getting started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="179" />
        <source>Open a folder of classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="180" />
        <source>Save the model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="181" />
        <source>Load a model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="182" />
        <source>Open a project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="183" />
        <source>Save the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="184" />
        <source>Train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="185" />
        <source>Stop training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="186" />
        <source>Remove the selected examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="187" />
        <source>This guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="188" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="197" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="202" />
        <source>About mmstudio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="204" />
        <source>&lt;b&gt;mmstudio %1&lt;/b&gt;&lt;p&gt;Train and try classifiers of pictures, sounds and texts on your own examples, without programming. Everything runs on this computer; nothing is sent anywhere.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="232" />
        <location filename="../../mmstudio/gui/main_window.py" line="236" />
        <source>Device: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="232" />
        <source>Device: looking for a graphics card…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="242" />
        <source>Device: unavailable (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="300" />
        <source>Save the trained model?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="301" />
        <source>The model trained in the %1 tab has not been saved. Save it before closing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="360" />
        <source>Save the project?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="361" />
        <source>The project “%1” has changes that are not saved. Save them before closing?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MediumHooks</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="76" />
        <source>Supported files (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="79" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/message_bar.py" line="28" />
        <source>Hide this message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MistakesView</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="176" />
        <source>The model's mistakes on held-back examples, the most sure first. Click one to look at it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="184" />
        <source>After training, the held-back examples the model got wrong are listed here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="197" />
        <source>%n mistake(s) on %1 held-back examples, the most sure first. Click one to look at it.</source>
        <translation><numerusform>%n mistake on %1 held-back examples, the most sure first. Click one to look at it.</numerusform><numerusform>%n mistakes on %1 held-back examples, the most sure first. Click one to look at it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="201" />
        <source>No mistakes on the %n held-back example(s).</source>
        <translation><numerusform>No mistakes on the %n held-back example.</numerusform><numerusform>No mistakes on the %n held-back examples.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="206" />
        <source>is %1 · model said %2 · %3 sure</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PerClassTable</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="33" />
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="33" />
        <source>The class name, with its colour.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="35" />
        <source>Accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="36" />
        <source>Of the examples that really are this class, how many the model got right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="39" />
        <source>Precision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="40" />
        <source>When the model says this class, how often it is right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="43" />
        <source>F1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="44" />
        <source>Accuracy and precision combined into one score: high only when both are high.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="46" />
        <source>Examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="46" />
        <source>How many examples of this class were used to check the model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="50" />
        <source>Click to sort by this column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="66" />
        <source>How well the model does on each class. Click a column title to sort.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="173" />
        <source>Stop the training or wait for it to end, then open or start a project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="181" />
        <source>Save the project?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="182" />
        <source>This session has changes that are not saved in a project. Save them first?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="196" />
        <source>Open project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="196" />
        <location filename="../../mmstudio/gui/project.py" line="290" />
        <source>mmstudio projects (*%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="205" />
        <source>Opening the project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="214" />
        <source>The project could not be opened</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/project.py" line="270" />
        <source>%n example file(s) could not be found where the project says (moved or deleted) and were left out (%1). The other examples are here.</source>
        <translation><numerusform>%n example file could not be found where the project says (moved or deleted) and was left out (%1). The other examples are here.</numerusform><numerusform>%n example files could not be found where the project says (moved or deleted) and were left out (%1). The other examples are here.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="288" />
        <source>project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="290" />
        <source>Save project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="299" />
        <source>Stop the training or wait for it to end, then save the project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="303" />
        <source>Saving the project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="308" />
        <source>The project was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="319" />
        <source>Saved the project “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="351" />
        <source>Project not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="352" />
        <source>The project “%1” is no longer at %2, so it was taken off the recent list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="391" />
        <source>Recover unsaved work?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="392" />
        <source>mmstudio did not close properly last time. Recover the unsaved work from %1?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SoundView</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="46" />
        <source>Sound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="46" />
        <source>Pitch bands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="58" />
        <source>Seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="60" />
        <source>The sound's loudness over time. Coloured stretches show what the model heard in each part of a long recording.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="63" />
        <source>The spectrogram: low pitches at the bottom, high at the top, bright where the sound is loud. This picture is what the model reads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="119" />
        <source>%1 s to %2 s: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SoundWhyView</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="149" />
        <source>This file could not be shown</source>
        <translation type="unfinished" />
    </message>
<message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="46" />
        <source>Sound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="46" />
        <source>Pitch bands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="58" />
        <source>Seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="60" />
        <source>The sound's loudness over time. Coloured stretches show what the model heard in each part of a long recording.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="63" />
        <source>The spectrogram: low pitches at the bottom, high at the top, bright where the sound is loud. This picture is what the model reads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="119" />
        <source>%1 s to %2 s: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TextTab</name>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="156" />
        <source>%n row(s) without a label or text were skipped.</source>
        <translation><numerusform>%n row without a label or text was skipped.</numerusform><numerusform>%n rows without a label or text were skipped.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="168" />
        <source>“%1” was not imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="174" />
        <source>Reading “%1” again with the chosen columns…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="188" />
        <source>Type or paste examples for the selected class, one per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="189" />
        <source>Each line becomes one example of the class selected above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="191" />
        <source>Add these lines to the class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="192" />
        <source>Add each non-empty line above as an example of the selected class.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="208" />
        <source>Added %n example(s) to “%1”.</source>
        <translation><numerusform>Added %n example to “%1”.</numerusform><numerusform>Added %n examples to “%1”.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="213" />
        <source>Edit example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="213" />
        <source>Example text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="221" />
        <source>Only the first this-many words of a text are read; the rest is ignored. In Chinese and Japanese each character counts as a word. Longer limits see more of long texts but train slower.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="224" />
        <source>Read each text in both directions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="226" />
        <source>Recurrent models read the text forwards and backwards: often more accurate, twice the work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="228" />
        <source>Longest text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="250" />
        <source>Type a sentence here: the prediction follows as you type.
You can also drop a .txt file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="251" />
        <source>Type or paste text to see what the model thinks it is about.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="258" />
        <source>Open text file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="259" />
        <source>Read a text file and see what the model predicts for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="261" />
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="262" />
        <source>Empty the text box.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="278" />
        <source>Text files (*.txt *.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="279" />
        <source>Try a text file</source>
        <translation type="unfinished" />
    </message>
<message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="76" />
        <source>Supported files (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="79" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TextWhyView</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/why_views.py" line="61" />
        <source>Orange words pushed the model toward its answer, blue ones away from it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="90" />
        <source>2 · Train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="97" />
        <source>The kind of neural network to train.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="101" />
        <source>Model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="104" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="108" />
        <source>Show or hide epochs, batch size, learning rate and more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="119" />
        <source>Continue training the current model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="121" />
        <source>Start from the loaded or last trained model instead of from scratch (same classes needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="134" />
        <source>Train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="138" />
        <source>Train the model on your examples (Enter). Curves update live.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="140" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="142" />
        <source>Stop training now and keep the best model so far (Esc).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="147" />
        <source>Time to find the best model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="154" />
        <source>Progress of the current training run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="160" />
        <source>Curves appear here while the model trains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="172" />
        <source>How often the model was right on examples held back from training.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="189" />
        <source>The chosen mistake, coloured by what made the model say what it said.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="199" />
        <source>After training, how sure the model was on the held-back examples shows here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="205" />
        <source>Per class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="206" />
        <source>Confusion matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="207" />
        <source>Mistakes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="208" />
        <source>Mix-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="209" />
        <source>Confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="210" />
        <source>Leaderboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="211" />
        <source>How the model did on the held-back examples, and where it went wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="318" />
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="487" />
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="318" />
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="467" />
        <source>Reading the examples…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="333" />
        <source>Right on %1 of held-back examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="348" />
        <source>These views need a model trained in this session: train it here to see where it goes wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="369" />
        <source>Held-back “%1” example the model called “%2” (%3 sure)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="422" />
        <source>Train the model in this session to see the examples behind each cell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="428" />
        <source>Held-back “%1” examples the model called “%2”: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="464" />
        <source>Training… press Stop (Esc) to end it early and keep the best model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="513" />
        <source>Reading the examples… %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="526" />
        <source>Training stopped early; the best model so far is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="528" />
        <source>Training finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="534" />
        <source>Training did not finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="545" />
        <source>Downloading %1… %2 of %3 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="548" />
        <source>Downloading %1… %2 MB</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="562" />
        <source>Training the final model on all %n example(s) · epoch %1 of %2 · about %3 left</source>
        <translation><numerusform>Training the final model on all %n example · epoch %1 of %2 · about %3 left</numerusform><numerusform>Training the final model on all %n examples · epoch %1 of %2 · about %3 left</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="572" />
        <source>Epoch %1 of %2 · batch %3 of %4 · about %5 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="582" />
        <source>Training stopped because of an unexpected problem: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrainSettingsForm</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="24" />
        <source>How many times training goes through all examples. More can help, but takes longer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="26" />
        <source>How many examples the model looks at before each small correction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="30" />
        <source>How big each correction is. Too big and training jumps around; too small and it crawls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="34" />
        <source>The share of examples kept aside to check the model on pictures it never trained on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="37" />
        <source>Same seed, same data, same settings: the same result every time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="38" />
        <source>Epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="39" />
        <source>Batch size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="40" />
        <source>Learning rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="41" />
        <source>Held back for checking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="42" />
        <source>Random seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="43" />
        <source>Vary the examples while training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="45" />
        <source>Flips, small shifts and turns, and brightness changes, so the model copes with new pictures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="56" />
        <source>Warm up, then slow down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="56" />
        <source>The same all along</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="62" />
        <source>How the size of the corrections changes during training. 'Warm up, then slow down' starts gently, then makes smaller and smaller corrections towards the end, so the model settles on a good answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="70" />
        <source>Keeps the model simple by nudging every number it learns a little towards zero, so it relies on what many examples show rather than on details of a few. 0 turns it off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="74" />
        <source> epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="75" />
        <source>Never stop early</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="78" />
        <source>Stop training when the held-back examples have not been recognised better for this many epochs in a row. The best model seen is kept either way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="82" />
        <source>Train the final model on all examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="86" />
        <source>After training, train the model once more from the start on every example, held-back ones included, for the number of epochs that worked best. It usually recognises new examples a little better; the accuracy shown is still the first model's, measured on the held-back examples.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="91" />
        <source>Learning-rate schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="92" />
        <source>Weight decay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="93" />
        <source>Stop early after</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="120" />
        <source>Curves appear here while the model trains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="107" />
        <source>Loss ↓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="108" />
        <source>Accuracy ↑</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="131" />
        <source>Training: examples the model learns from. Validation: examples held back to check it honestly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="148" />
        <source>Loss measures how wrong the model is (lower is better); accuracy is how often it is right.
An epoch is one pass over all the training examples.
Scroll to zoom, drag to move; click the small 'A' in the corner to see everything again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="157" />
        <source>Epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="176" />
        <location filename="../../mmstudio/gui/widgets/curves.py" line="333" />
        <source>Training, each batch (smoothed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="180" />
        <location filename="../../mmstudio/gui/widgets/curves.py" line="331" />
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="186" />
        <location filename="../../mmstudio/gui/widgets/curves.py" line="332" />
        <source>Validation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TryPanel</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="54" />
        <source>3 · Try it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="57" />
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="171" />
        <source>No prediction yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="59" />
        <source>The class the model thinks this example belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="65" />
        <source>How sure the model is about each class. Click a class to see what speaks for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="75" />
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="134" />
        <source>No model yet. Train one, or load a saved model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="80" />
        <source>Save model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="81" />
        <source>Save the trained model to a .mmstudio file (Ctrl+S).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="83" />
        <source>Load model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="84" />
        <source>Open a saved .mmstudio model to try it or train it further (Ctrl+L).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="97" />
        <source>Show why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="100" />
        <source>Colour the example by what made the model answer as it did: orange for, blue against.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="105" />
        <source>Say “not sure” below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="111" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="114" />
        <source>When the model is less sure than this, it says “Not sure” instead of giving a possibly wrong answer. The Confidence tab after training shows where its mistakes lie.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="138" />
        <source>Model: %1 · %2 classes · trained %n epoch(s)</source>
        <translation><numerusform>Model: %1 · %2 classes · trained %n epoch</numerusform><numerusform>Model: %1 · %2 classes · trained %n epochs</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="186" />
        <source>Cannot read this example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="193" />
        <source>Train a model first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="209" />
        <source>Not sure (maybe “%1”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="271" />
        <source>Why “%1”: %2. Orange spoke for it, blue against. Click a class above to see its evidence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="293" />
        <source>Save model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="293" />
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="318" />
        <source>mmstudio models (*.mmstudio)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="305" />
        <source>Saved the model to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="318" />
        <source>Load model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="338" />
        <source>Loaded the model. Drop an example on “Try it” to see what it predicts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_BarsCanvas</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/probability_bars.py" line="66" />
        <source>The model is {percent} sure this is '{name}'. Click to see what speaks for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/probability_bars.py" line="86" />
        <source>Try an example: how sure the model is about each class appears here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mmstudio.core</name>
    <message>
        <source>Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teach the computer to recognise pictures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shapes (circles, squares, stars, triangles)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convolutional network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two convolution and pooling stages, then a dense layer: the classic small image classifier. Fast and accurate on simple pictures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Autoencoder + classifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learns to redraw each picture from a small code and classifies from that code. Shows the reconstruction and flags inputs that look unlike anything it was trained on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pretrained MobileNetV3 (features)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A network already trained on a million photos (ImageNet) describes each picture; only a small decision layer learns your classes. Best on photos and with few examples. Its weights (10 MB) download once; each picture costs about 10 ms on a laptop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teach the computer to sort texts: messages, reviews, sentences in any language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English: sports, weather, food, tech</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chinese (中文): 体育, 天气, 美食, 科技</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bag of words and word pairs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Averages what each word and each pair of neighbouring words means, then decides. Ignores longer word order; trains in seconds and is hard to beat on short texts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recurrent network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reads the text word by word and keeps a running memory, then decides from the strongest things it noticed along the way. The classic simple (Elman) recurrent network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LSTM network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A recurrent network with gates that decide what to remember and what to forget, so words from early in a long text still count.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stacked recurrent network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two simple recurrent layers, the second reading what the first wrote: it can learn more complex patterns, but needs more examples and time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pretrained sentence encoder (MiniLM, English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A network already trained on a billion English sentence pairs turns each text into numbers that capture its meaning, so different words for the same thing count alike; only a small decision layer learns your classes. Best on English with few examples; weak on Chinese. Installed with mmstudio (90 MB); about 4 s to load, then a few ms per text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pretrained multilingual sentence encoder (E5, 100 languages)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A network already trained on a billion text pairs in about 100 languages, Chinese among them, turns each text into numbers that capture its meaning; only a small decision layer learns your classes. Best for Chinese and other languages, and with few examples. Installed with mmstudio (95 MB); loads in under a second, then about 50 ms per sentence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teach the computer to recognise sounds: spoken words, claps, whistles, machines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spoken words (yes, no, up, down, left, right) and background noise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convolutional network on the spectrogram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looks at the sound's picture (how loud each pitch is over time) the way an image network looks at a photo. Usually the most accurate on short sounds such as spoken words, and fast.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listens to the sound 80 ms at a time and keeps a running memory, then decides from the strongest things it noticed anywhere in the clip. The classic simple (Elman) recurrent network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A recurrent network with gates that decide what to remember and what to forget, so the start of a sound still counts at its end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two simple recurrent layers, the second listening to what the first wrote: it can learn more complex patterns, but needs more examples and time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pretrained speech embedding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A network Google trained on a large amount of speech describes every 80 ms of sound; only a small decision layer learns your classes. Best on spoken words with few examples; always hears at 16 kHz. Installed with mmstudio (2 MB of model, 80 MB of onnxruntime); a few ms per clip.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>occlusion (time x frequency)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>integrated gradients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>occlusion (patches)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leaving each word out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leaving out runs of neighbouring words</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mmstudio.core.messages</name>
    <message>
        <source>its weights do not match the network it describes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model was not saved: training went wrong and some of its weights are not numbers. Train again with a smaller learning rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model file '{path}' does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has no mmstudio description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its description is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' was saved by a newer version of mmstudio (format {version}). Please update mmstudio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' is a model for {medium} data, not for {wanted} data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'extras.reconstruction_error_quantiles' must be in increasing order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is too short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its header is larger than the file, or too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its header is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its size does not match its header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its evaluation is about other classes than the model's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its confusion matrix is not {n} by {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model could not be saved to '{path}': {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' is not an mmstudio model file, or it is damaged: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model file '{name}' could not be read: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its settings do not describe a network mmstudio can build</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its header is not valid JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its weights are not where its header says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it ends before its last weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>some of its weights are not numbers (NaN or infinity)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accuracy ({accuracy}) is close to guessing ({chance} with {classes} classes): the model has not learned to tell the classes apart. Try more examples, more epochs or another model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The class '{name}' has no examples. Add some or remove the class.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training needs at least two classes that each have examples.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{names} and others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Few examples in {names}: with fewer than {few} per class, results are mostly luck. Aim for 20 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The classes are unbalanced: '{big}' has {big_count} examples but '{small}' only {small_count}. The model may learn to favour the bigger class.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{example}' is in both '{first}' and '{second}'. The same example with two labels confuses the model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The download of the {what} stopped early ({done} of {total} bytes). Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {what} downloaded from {url} are not the published ones (wrong checksum).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {what} could not be downloaded from {url} ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {what} at {url} are larger than expected ({size} bytes); nothing was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {what} at {url} are larger than expected; nothing was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The class '{name}' is not one this model knows ({known}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None of the examples could be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A class needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a class called '{name}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' is a folder, not a {kind}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' is {size}; {kind}s over {limit} are not read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {kind} '{name}' could not be found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder '{path}' does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{path}' is not a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown kind of data '{name}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording needs the PortAudio sound library, which is not installed on this computer (on Debian or Ubuntu: apt-get install libportaudio2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The computer's sound system could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The microphone could not be opened ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This sound model has not learnt its sound levels yet: it must be trained first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sound examples must be files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No speakers or headphones were found on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sound could not be played ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WAV, FLAC, OGG, Opus or MP3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sound file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sound file '{name}' is empty (0 bytes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sound file '{name}' claims {rate} samples a second, which cannot be right: it is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sound file '{name}' claims {channels} channels; mmstudio reads up to {most}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sound file '{name}' holds no sound.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' lasts {duration}; recordings over 2 hours are not read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sound file '{name}' holds invalid samples (not numbers).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sound file '{name}' is damaged or incomplete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sound file '{name}' could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' is {format}, which mmstudio cannot read: convert it to {formats} first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' is not a sound file mmstudio can read ({formats}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' lasts {duration}; it is read in clips, not whole.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no {medium} model called '{model}'. Choose one of: {choices}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train a MobileNetV3 image model once on a computer with internet access (the weights download by themselves), or train one with --weights FILE, FILE being mobilenet_v3_small-047dcff4.pth from torchvision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image '{name}' is too large to open safely (too many pixels).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image '{name}' is empty (0 bytes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' is not an image mmstudio can read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image '{name}' is damaged or incomplete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Image examples must be files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MobileNetV3 (small) weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' does not hold {what}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This model needs the {what} it was trained with, which are not on this computer. {how_to_get}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The weights file '{path}' does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The weights address {url} does not end in a name with a checksum (name-1234abcd.pth).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' holds weights that are not numbers (NaN or infinity).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' is not a weights file mmstudio can read safely (.pth or .safetensors).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{problem} {how_to_get}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {what} must be prepared before training.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' must start with {pad} and {unk}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' could not be read: its characters are in an encoding mmstudio does not recognise. Save it as UTF-8 text and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file '{name}' could not be read: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' looks like a binary file, not text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' says it is {kind} text but is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' is not a table. Give a .csv, .tsv or .jsonl file, or a folder with one sub-folder of .txt files per class.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text and label columns can only be chosen for a table (.csv, .tsv, .jsonl), not a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An example is empty: type some text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text model has no vocabulary yet: it must be trained first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' holds no rows with both a text and a label.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text file '{name}' is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no column '{column}' for the {role} in '{name}'. The columns are: {available} (or their numbers, starting at 0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The table '{name}' is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' holds no JSON objects such as {{"text": "...", "label": "..."}}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' is not a JSON Lines file: no line holds a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' must hold a list of objects such as {{"text": "...", "label": "..."}}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The table '{name}' has only one column; it needs a text column and a label column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The table '{name}' could not be read: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' is not valid JSON ({reason} on line {line}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text and the label cannot both be the column '{column}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model's vocabulary is damaged (it must start with &lt;pad&gt; and &lt;unk&gt;).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model's vocabulary is damaged (a word appears twice).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model's vocabulary is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server could not be reached, perhaps because this computer is offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server was not found, perhaps because this computer is offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the connection was cut off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mmstudio is not allowed to use that file or folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} example(s) could not be read and were left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} example(s) have the same content as another one (a copy, or a link to the same file). Each is counted once when the model is checked on held-back examples.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} example(s) appear in more than one class (for example in '{first}' and '{second}'). The same example with two labels confuses the model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>And {count} more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The class '{name}' is not in the list of classes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are too few different examples to hold some back for checking. Add at least 2 per class (copies count once).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To train a loaded model further, keep its kind of model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To train a loaded model further, keep its classes (same names, same order).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training was stopped before it began.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A model cannot be made with these settings: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The computer ran out of memory. Try a smaller image size, batch size or fewer examples.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The graphics card ran out of memory. Try a smaller batch size or image size.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' is not an mmstudio project, or it is damaged: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' is too large to be an mmstudio project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' is not an mmstudio project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' must name a model file inside the project's folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project could not be saved to '{path}': {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' must be true or false, a number, a short text or a short list of them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' must be a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' was saved by a newer version of mmstudio. Please update mmstudio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' holds {medium} data, which this version of mmstudio does not know.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file '{path}' does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file '{name}' could not be read: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' is not an mmstudio project: it is not valid JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' is empty, padded, or there twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{reason} The examples and settings were kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' must be a file or a typed text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' must be a number from {low} to {high}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' must be a number of at least {low}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' must be a number of at least {low} and below {high}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' must be a whole number from {low} to {high}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' must be a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' must be a text of {low} to {high} characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' must be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' must be one of: {choices}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' must be a list of {low} to {high} entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' must be a JSON object of at most {count} entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' is not a setting this version of mmstudio knows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'the description' must be a JSON object of at most {count} entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{name}' has {entry} twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model '{name}' was left out of the search: it could not read every example.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time budget must be between {least} seconds and {most} hours, such as {usual} seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None of the models can run on this computer. The first one left out: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The search was stopped before any model was trained.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time budget was spent before these models could be tried: {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it needs the package '{package}', which is not installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model '{name}' was left out of the search: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model '{name}' was left out of the search: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of epochs must be at least 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The batch size must be at least 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The learning rate must be a small positive number, such as 0.001.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The validation share must be between 0.05 and 0.5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The learning-rate schedule must be one of {choices}, not '{schedule}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The weight decay must be between 0 and 1, such as 0.01 (0 turns it off).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The patience must be 0 (never stop early) or a number of epochs, such as 5.</source>
        <translation type="unfinished" />
    </message>
</context>
<context><name>ModalityTab</name><message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="76" />
        <source>Supported files (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="79" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
</context></TS>