<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AudioTab</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="183" />
        <source>Add sounds…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="204" />
        <source>Cut long recordings into clips?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="206" />
        <source>%n recording(s) are longer than one clip. Cut them into %1 s clips every %2 s? The clips are saved in %3; the original files stay as they are.</source>
        <translation><numerusform>%n recording are longer than one clip. Cut them into %1 s clips every %2 s? The clips are saved in %3; the original files stay as they are.</numerusform><numerusform>%n recordings are longer than one clip. Cut them into %1 s clips every %2 s? The clips are saved in %3; the original files stay as they are.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="228" />
        <source>Cutting the recordings into clips…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="238" />
        <source>Cut the recordings into %n clip(s), saved in %1.</source>
        <translation><numerusform>Cut the recordings into %n clip, saved in %1.</numerusform><numerusform>Cut the recordings into %n clips, saved in %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="245" />
        <source>Looking for a microphone…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="249" />
        <source>The microphone to record from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="253" />
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="262" />
        <source>Record a clip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="255" />
        <source>Record one clip into the selected class, after a 3-second count-down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="259" />
        <source> clip(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="260" />
        <source>How many clips to record in a row, with a short pause between them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="262" />
        <source>Record clips</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="264" />
        <source>Record background noise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="267" />
        <source>Record the room's own sound in one long take, cut into clips: a class the model picks when nobody speaks. About 20 seconds is enough.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="273" />
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="281" />
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="287" />
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="274" />
        <source>How long the background-noise take lasts (20 s or more).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="275" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="276" />
        <source>Stop recording; the clips already recorded are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="283" />
        <source>How long one example is. Recordings, and long files dropped on a class, are cut to this length.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="289" />
        <source>When a long recording is cut: how far apart the clips start (less than the length overlaps them).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="292" />
        <source>Saved in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="294" />
        <source>Show folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="295" />
        <source>Open the folder where recorded clips are saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="297" />
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="298" />
        <source>Play the selected example again (a click on an example plays it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="313" />
        <source>Clip length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="315" />
        <source>Cut every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="342" />
        <source>Recording and listening are off: %1 You can still use sound files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="347" />
        <source>Select a class, then record clips into it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="367" />
        <source>No microphone was found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="369" />
        <source>Train or load a model first, then listen to the microphone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="371" />
        <source>Classify what the microphone hears, continuously.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="401" />
        <source>background noise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="446" />
        <source>Get ready… %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="448" />
        <source>Next clip…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="451" />
        <source>● Recording clip %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="455" />
        <source>● Recording… %1 s of %2 s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="466" />
        <source>Recorded %n clip(s) into “%1”.</source>
        <translation><numerusform>Recorded %n clip into “%1”.</numerusform><numerusform>Recorded %n clips into “%1”.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="501" />
        <source>%1 Hz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="504" />
        <source>Sounds are resampled to this rate. 16,000 Hz keeps speech clear; higher keeps music detail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="506" />
        <source>Listen in both directions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="508" />
        <source>Recurrent models hear each clip forwards and backwards: often more accurate, twice the work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="510" />
        <source>Sample rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="536" />
        <source>Drop a sound here, or click to choose one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="537" />
        <source>Drop a recording here to see what the model hears in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="545" />
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="663" />
        <source>Listen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="548" />
        <source>Open sound…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="549" />
        <source>Choose a recording to try the model on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="566" />
        <source>The selected example: its sound and its spectrogram.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="577" />
        <source>The sound you try is shown here, with what the model heard in each part.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="592" />
        <source>Try a sound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="603" />
        <source>This file could not be shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="612" />
        <source>Showing the first %1 s of %2 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="631" />
        <source>Stop listening</source>
        <translation type="unfinished" />
    </message>
<message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="72" />
        <source>Supported files (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="75" />
        <source>Add files…</source>
        <translation type="unfinished" />
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
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="104" />
        <source>Which columns?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="106" />
        <source>mmstudio guessed the columns of “%1”. Please check them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="114" />
        <source>The column whose cells are the examples to learn from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="115" />
        <source>The column whose cells name each example's class.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="120" />
        <source>Text column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="121" />
        <source>Label column</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="37" />
        <source>Each row is the real class, each column what the model guessed.
Squares on the diagonal are right answers; the others are mix-ups.
Click a square to see those examples.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="84" />
        <source>There were no '{truth}' examples to check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="88" />
        <source>1 '{truth}' example was recognised correctly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="90" />
        <source>{count} '{truth}' examples were recognised correctly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="94" />
        <source>1 '{truth}' example was predicted as '{guess}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="96" />
        <source>{count} '{truth}' examples were predicted as '{guess}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="98" />
        <source>({share} of all {total} '{truth}' examples).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="179" />
        <source>After training, this grid shows which classes the model mixes up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="193" />
        <source>Predicted class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="197" />
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
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="48" />
        <source>1 · Examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="50" />
        <source>Open folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="52" />
        <source>Bring in a folder whose sub-folders are the classes (Ctrl+O). You can also drop folders here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="56" />
        <source>Add files to the selected class, or to a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="58" />
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="162" />
        <source>New class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="59" />
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
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="84" />
        <source>Drop a folder here whose sub-folders are your classes, or click “Open sample data”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="95" />
        <source>Remove selected examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="96" />
        <source>Take the selected examples out of this class (Delete key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="128" />
        <source>Examples in “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="128" />
        <source>Examples</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="157" />
        <source>Removed %n example(s) from “%1”.</source>
        <translation><numerusform>Removed %n example from “%1”.</numerusform><numerusform>Removed %n examples from “%1”.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="163" />
        <source>Name of the new class:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="164" />
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="203" />
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="171" />
        <source>Rename class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="171" />
        <source>New name for “%1”:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="178" />
        <source>Removed the class “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="191" />
        <source>New class…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="194" />
        <source>Which class?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="195" />
        <source>Which class do the %n file(s) belong to? Pick one or type a new name.</source>
        <translation><numerusform>Which class do the %n file belong to? Pick one or type a new name.</numerusform><numerusform>Which class do the %n files belong to? Pick one or type a new name.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="213" />
        <source>Open a folder of class folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="221" />
        <source>Add examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="235" />
        <source>Looking through the files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="241" />
        <source>The files could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="261" />
        <source>Added %n example(s).</source>
        <translation><numerusform>Added %n example.</numerusform><numerusform>Added %n examples.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="263" />
        <source>%n file(s) of another type were skipped.</source>
        <translation><numerusform>%n file of another type was skipped.</numerusform><numerusform>%n files of another type were skipped.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImageTab</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="35" />
        <source>Add images…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="41" />
        <source>%1 × %1 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="43" />
        <source>Pictures are shrunk to this size before training. Bigger keeps detail but trains slower.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="46" />
        <source>Grey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="47" />
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="50" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="48" />
        <source>Grey is faster; choose colour when colour tells the classes apart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="49" />
        <source>Image size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="64" />
        <source>Drop an image here
or click to choose one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="65" />
        <source>Drop a new picture here to see what the model thinks it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="69" />
        <source>Open image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="70" />
        <source>Choose a picture to try the model on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="78" />
        <source>The picture as the model sees it, after shrinking.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="80" />
        <source>The autoencoder's attempt to redraw the picture from its code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="81" />
        <source>Model input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="82" />
        <source>Reconstruction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="88" />
        <source>Compares how well this picture is redrawn with the training pictures: high means unlike them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="97" />
        <source>Try an image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="117" />
        <source>This file could not be shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="126" />
        <source>unusual: it looks unlike the training pictures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="126" />
        <source>looks familiar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="128" />
        <source>Unusual-input score: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
<message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="72" />
        <source>Supported files (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="75" />
        <source>Add files…</source>
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
        <location filename="../../mmstudio/gui/main_window.py" line="25" />
        <source>mmstudio — train and try your own classifiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="33" />
        <source>Device: starting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="34" />
        <source>Where training runs: a graphics card (GPU) when there is one, else the processor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="59" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="62" />
        <source>&amp;Open folder of classes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="63" />
        <source>Open &amp;sample data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="64" />
        <source>&amp;Save model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="65" />
        <source>&amp;Load model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="74" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="78" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="79" />
        <source>&amp;About mmstudio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="86" />
        <source>About mmstudio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="88" />
        <source>&lt;b&gt;mmstudio %1&lt;/b&gt;&lt;p&gt;Train and try image and text classifiers on your own examples, without programming. Everything runs on this computer; nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;1. Bring in examples: drop a folder whose sub-folders are the classes.&lt;br&gt;2. Press Train and watch the curves.&lt;br&gt;3. Drop a new example on “Try it”.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="107" />
        <source>Device: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="112" />
        <source>Device: unavailable (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="149" />
        <source>Save the trained model?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="150" />
        <source>The model trained in the %1 tab has not been saved. Save it before closing?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MediumHooks</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="72" />
        <source>Supported files (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="75" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/message_bar.py" line="25" />
        <source>Hide this message</source>
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
    <name>SoundView</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="45" />
        <source>Sound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="45" />
        <source>Pitch bands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="57" />
        <source>Seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="59" />
        <source>The sound's loudness over time. Coloured stretches show what the model heard in each part of a long recording.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="62" />
        <source>The spectrogram: low pitches at the bottom, high at the top, bright where the sound is loud. This picture is what the model reads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="112" />
        <source>%1 s to %2 s: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TextTab</name>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="147" />
        <source>%n row(s) without a label or text were skipped.</source>
        <translation><numerusform>%n row without a label or text was skipped.</numerusform><numerusform>%n rows without a label or text were skipped.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="159" />
        <source>“%1” was not imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="165" />
        <source>Reading “%1” again with the chosen columns…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="179" />
        <source>Type or paste examples for the selected class, one per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="180" />
        <source>Each line becomes one example of the class selected above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="182" />
        <source>Add these lines to the class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="183" />
        <source>Add each non-empty line above as an example of the selected class.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="199" />
        <source>Added %n example(s) to “%1”.</source>
        <translation><numerusform>Added %n example to “%1”.</numerusform><numerusform>Added %n examples to “%1”.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="204" />
        <source>Edit example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="204" />
        <source>Example text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="212" />
        <source>Only the first this-many words (or characters, for Chinese and Japanese) of a text are read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="214" />
        <source>Read each text in both directions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="216" />
        <source>Recurrent models read the text forwards and backwards: often more accurate, twice the work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="218" />
        <source>Longest text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="239" />
        <source>Type a sentence here: the prediction follows as you type.
You can also drop a .txt file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="240" />
        <source>Type or paste text to see what the model thinks it is about.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="247" />
        <source>Open text file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="248" />
        <source>Read a text file and see what the model predicts for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="250" />
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="251" />
        <source>Empty the text box.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="267" />
        <source>Text files (*.txt *.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="268" />
        <source>Try a text file</source>
        <translation type="unfinished" />
    </message>
<message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="72" />
        <source>Supported files (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="75" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="65" />
        <source>2 · Train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="72" />
        <source>The kind of neural network to train.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="73" />
        <source>Model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="76" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="80" />
        <source>Show or hide epochs, batch size, learning rate and more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="91" />
        <source>Continue training the current model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="93" />
        <source>Start from the loaded or last trained model instead of from scratch (same classes needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="105" />
        <source>Train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="109" />
        <source>Train the model on your examples (Enter). Curves update live.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="111" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="113" />
        <source>Stop training now and keep the best model so far (Esc).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="122" />
        <source>Progress of the current training run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="134" />
        <source>How often the model was right on examples held back from training.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="142" />
        <source>Per class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="143" />
        <source>Confusion matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="144" />
        <source>How the model did on each class of the held-back examples.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="231" />
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="314" />
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="231" />
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="294" />
        <source>Reading the examples…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="246" />
        <source>Right on %1 of held-back examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="256" />
        <source>Train the model in this session to see the examples behind each cell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="262" />
        <source>Held-back “%1” examples the model called “%2”: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="291" />
        <source>Training… press Stop (Esc) to end it early and keep the best model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="334" />
        <source>Reading the examples… %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="343" />
        <source>Training stopped early; the best model so far is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="345" />
        <source>Training finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="351" />
        <source>Training did not finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="365" />
        <source>Epoch %1 of %2 · batch %3 of %4 · about %5 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="375" />
        <source>Training stopped because of an unexpected problem: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrainSettingsForm</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="22" />
        <source>How many times training goes through all examples. More can help, but takes longer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="24" />
        <source>How many examples the model looks at before each small correction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="28" />
        <source>How big each correction is. Too big and training jumps around; too small and it crawls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="32" />
        <source>The share of examples kept aside to check the model on pictures it never trained on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="35" />
        <source>Same seed, same data, same settings: the same result every time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="36" />
        <source>Epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="37" />
        <source>Batch size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="38" />
        <source>Learning rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="39" />
        <source>Held back for checking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="40" />
        <source>Random seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="41" />
        <source>Vary the examples while training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="43" />
        <source>Flips, small shifts and turns, and brightness changes, so the model copes with new pictures.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="113" />
        <source>Curves appear here while the model trains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="100" />
        <source>Loss ↓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="101" />
        <source>Accuracy ↑</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="128" />
        <source>Training: examples the model learns from. Validation: examples held back to check it honestly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="145" />
        <source>Loss measures how wrong the model is (lower is better); accuracy is how often it is right.
An epoch is one pass over all the training examples.
Scroll to zoom, drag to move; click the small 'A' in the corner to see everything again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="154" />
        <source>Epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="168" />
        <location filename="../../mmstudio/gui/widgets/curves.py" line="310" />
        <source>Training, each batch (smoothed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="172" />
        <location filename="../../mmstudio/gui/widgets/curves.py" line="308" />
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="178" />
        <location filename="../../mmstudio/gui/widgets/curves.py" line="309" />
        <source>Validation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TryPanel</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="43" />
        <source>3 · Try it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="45" />
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="114" />
        <source>No prediction yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="48" />
        <source>The class the model thinks this example belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="53" />
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="81" />
        <source>No model yet. Train one, or load a saved model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="58" />
        <source>Save model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="59" />
        <source>Save the trained model to a .mmstudio file (Ctrl+S).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="61" />
        <source>Load model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="62" />
        <source>Open a saved .mmstudio model to try it or train it further (Ctrl+L).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="85" />
        <source>Model: %1 · %2 classes · trained %n epoch(s)</source>
        <translation><numerusform>Model: %1 · %2 classes · trained %n epoch</numerusform><numerusform>Model: %1 · %2 classes · trained %n epochs</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="126" />
        <source>Cannot read this example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="130" />
        <source>Train a model first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="151" />
        <source>Save model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="151" />
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="176" />
        <source>mmstudio models (*.mmstudio)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="163" />
        <source>Saved the model to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="176" />
        <source>Load model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="196" />
        <source>Loaded the model. Drop an example on “Try it” to see what it predicts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_BarsCanvas</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/probability_bars.py" line="52" />
        <source>The model is {percent} sure this is '{name}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/probability_bars.py" line="72" />
        <source>Try an example: how sure the model is about each class appears here</source>
        <translation type="unfinished" />
    </message>
</context>
<context><name>ModalityTab</name><message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="72" />
        <source>Supported files (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="75" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
</context></TS>