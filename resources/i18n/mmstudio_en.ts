<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <location filename="../../mmstudio/gui/widgets/example_browser.py" line="86" />
        <source>The examples of the selected class. Select some and press Delete to remove them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImageTab</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="26" />
        <source>Add images…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="35" />
        <source>%1 × %1 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="37" />
        <source>Pictures are shrunk to this size before training. Bigger keeps detail but trains slower.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="40" />
        <source>Grey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="41" />
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="44" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="42" />
        <source>Grey is faster; choose colour when colour tells the classes apart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="43" />
        <source>Image size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="58" />
        <source>Drop an image here
or click to choose one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="59" />
        <source>Drop a new picture here to see what the model thinks it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="63" />
        <source>Open image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="64" />
        <source>Choose a picture to try the model on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="72" />
        <source>The picture as the model sees it, after shrinking.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="74" />
        <source>The autoencoder's attempt to redraw the picture from its code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="75" />
        <source>Model input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="76" />
        <source>Reconstruction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="82" />
        <source>Compares how well this picture is redrawn with the training pictures: high means unlike them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="90" />
        <source>Try an image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="103" />
        <source>This file could not be shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="112" />
        <source>unusual: it looks unlike the training pictures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="112" />
        <source>looks familiar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="114" />
        <source>Unusual-input score: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
<message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="109" />
        <source>Supported files (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="150" />
        <source>1 · Examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="152" />
        <source>Open folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="154" />
        <source>Bring in a folder whose sub-folders are the classes (Ctrl+O). You can also drop folders here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="112" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="158" />
        <source>Add files to the selected class, or to a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="160" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="355" />
        <source>New class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="161" />
        <source>Add an empty class, then drop examples on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="166" />
        <source>Open sample data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="167" />
        <source>Load the small example data set that comes with mmstudio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="179" />
        <source>Drop a folder here whose sub-folders are your classes, or click “Open sample data”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="187" />
        <source>Remove selected examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="188" />
        <source>Take the selected examples out of this class (Delete key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="201" />
        <source>2 · Train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="207" />
        <source>The kind of neural network to train.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="209" />
        <source>Model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="213" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="217" />
        <source>Show or hide epochs, batch size, learning rate and more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="228" />
        <source>Continue training the current model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="230" />
        <source>Start from the loaded or last trained model instead of from scratch (same classes needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="243" />
        <source>Train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="247" />
        <source>Train the model on your examples (Enter). Curves update live.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="249" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="251" />
        <source>Stop training now and keep the best model so far (Esc).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="259" />
        <source>Progress of the current training run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="269" />
        <source>How often the model was right on examples held back from training.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="277" />
        <source>Per class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="278" />
        <source>Confusion matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="279" />
        <source>How the model did on each class of the held-back examples.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="295" />
        <source>3 · Try it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="298" />
        <source>No prediction yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="301" />
        <source>The class the model thinks this example belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="306" />
        <source>No model yet. Train one, or load a saved model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="311" />
        <source>Save model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="312" />
        <source>Save the trained model to a .mmstudio file (Ctrl+S).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="314" />
        <source>Load model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="315" />
        <source>Open a saved .mmstudio model to try it or train it further (Ctrl+L).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="343" />
        <source>Examples in “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="343" />
        <source>Examples</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="351" />
        <source>Removed %n example(s) from “%1”.</source>
        <translation><numerusform>Removed %n example from “%1”.</numerusform><numerusform>Removed %n examples from “%1”.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="355" />
        <source>Name of the new class:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="355" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="453" />
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="361" />
        <source>Rename class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="361" />
        <source>New name for “%1”:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="367" />
        <source>Removed the class “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="378" />
        <source>Open a folder of class folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="384" />
        <source>Add examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="409" />
        <source>Looking through the files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="414" />
        <source>The files could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="432" />
        <source>Added %n example(s).</source>
        <translation><numerusform>Added %n example.</numerusform><numerusform>Added %n examples.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="434" />
        <source>%n file(s) of another type were skipped.</source>
        <translation><numerusform>%n file of another type was skipped.</numerusform><numerusform>%n files of another type were skipped.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="441" />
        <source>New class…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="444" />
        <source>Which class?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="445" />
        <source>Which class do the %n file(s) belong to? Pick one or type a new name.</source>
        <translation><numerusform>Which class do the %n file belong to? Pick one or type a new name.</numerusform><numerusform>Which class do the %n files belong to? Pick one or type a new name.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="491" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="532" />
        <source>Reading the examples…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="510" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="532" />
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="546" />
        <source>Epoch %1 of %2 · batch %3 of %4 · about %5 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="559" />
        <source>Reading the examples… %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="566" />
        <source>Training stopped early; the best model so far is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="566" />
        <source>Training finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="571" />
        <source>Training did not finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="579" />
        <source>Training stopped because of an unexpected problem: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="594" />
        <source>Right on %1 of held-back examples</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="602" />
        <source>Model: %1 · %2 classes · trained %n epoch(s)</source>
        <translation><numerusform>Model: %1 · %2 classes · trained %n epoch</numerusform><numerusform>Model: %1 · %2 classes · trained %n epochs</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="637" />
        <source>Cannot read this example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="641" />
        <source>Train a model first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="653" />
        <source>Save model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="653" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="668" />
        <source>mmstudio models (*.mmstudio)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="663" />
        <source>Saved the model to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="668" />
        <source>Load model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="697" />
        <source>Loaded the model. Drop an example on “Try it” to see what it predicts.</source>
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
        <location filename="../../mmstudio/gui/main_window.py" line="30" />
        <source>Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="31" />
        <source>Teach the computer to recognise pictures.</source>
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
        <location filename="../../mmstudio/gui/main_window.py" line="48" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="50" />
        <source>&amp;Open folder of classes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="51" />
        <source>Open &amp;sample data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="52" />
        <source>&amp;Save model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="53" />
        <source>&amp;Load model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="62" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="66" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="67" />
        <source>&amp;About mmstudio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="74" />
        <source>About mmstudio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="76" />
        <source>&lt;b&gt;mmstudio %1&lt;/b&gt;&lt;p&gt;Train and try image classifiers on your own examples, without programming. Everything runs on this computer; nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;1. Bring in examples: drop a folder whose sub-folders are the classes.&lt;br&gt;2. Press Train and watch the curves.&lt;br&gt;3. Drop a new example on “Try it”.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="92" />
        <source>Device: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="95" />
        <source>Device: unavailable (%1)</source>
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
    <name>ModalityTab</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="109" />
        <source>Supported files (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="150" />
        <source>1 · Examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="152" />
        <source>Open folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="154" />
        <source>Bring in a folder whose sub-folders are the classes (Ctrl+O). You can also drop folders here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="112" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="158" />
        <source>Add files to the selected class, or to a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="160" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="355" />
        <source>New class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="161" />
        <source>Add an empty class, then drop examples on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="166" />
        <source>Open sample data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="167" />
        <source>Load the small example data set that comes with mmstudio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="179" />
        <source>Drop a folder here whose sub-folders are your classes, or click “Open sample data”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="187" />
        <source>Remove selected examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="188" />
        <source>Take the selected examples out of this class (Delete key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="201" />
        <source>2 · Train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="207" />
        <source>The kind of neural network to train.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="209" />
        <source>Model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="213" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="217" />
        <source>Show or hide epochs, batch size, learning rate and more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="228" />
        <source>Continue training the current model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="230" />
        <source>Start from the loaded or last trained model instead of from scratch (same classes needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="243" />
        <source>Train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="247" />
        <source>Train the model on your examples (Enter). Curves update live.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="249" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="251" />
        <source>Stop training now and keep the best model so far (Esc).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="259" />
        <source>Progress of the current training run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="269" />
        <source>How often the model was right on examples held back from training.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="277" />
        <source>Per class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="278" />
        <source>Confusion matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="279" />
        <source>How the model did on each class of the held-back examples.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="295" />
        <source>3 · Try it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="298" />
        <source>No prediction yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="301" />
        <source>The class the model thinks this example belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="306" />
        <source>No model yet. Train one, or load a saved model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="311" />
        <source>Save model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="312" />
        <source>Save the trained model to a .mmstudio file (Ctrl+S).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="314" />
        <source>Load model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="315" />
        <source>Open a saved .mmstudio model to try it or train it further (Ctrl+L).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="343" />
        <source>Examples in “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="343" />
        <source>Examples</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="351" />
        <source>Removed %n example(s) from “%1”.</source>
        <translation><numerusform>Removed %n example from “%1”.</numerusform><numerusform>Removed %n examples from “%1”.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="355" />
        <source>Name of the new class:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="355" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="453" />
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="361" />
        <source>Rename class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="361" />
        <source>New name for “%1”:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="367" />
        <source>Removed the class “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="378" />
        <source>Open a folder of class folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="384" />
        <source>Add examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="409" />
        <source>Looking through the files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="414" />
        <source>The files could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="432" />
        <source>Added %n example(s).</source>
        <translation><numerusform>Added %n example.</numerusform><numerusform>Added %n examples.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="434" />
        <source>%n file(s) of another type were skipped.</source>
        <translation><numerusform>%n file of another type was skipped.</numerusform><numerusform>%n files of another type were skipped.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="441" />
        <source>New class…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="444" />
        <source>Which class?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="445" />
        <source>Which class do the %n file(s) belong to? Pick one or type a new name.</source>
        <translation><numerusform>Which class do the %n file belong to? Pick one or type a new name.</numerusform><numerusform>Which class do the %n files belong to? Pick one or type a new name.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="491" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="532" />
        <source>Reading the examples…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="510" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="532" />
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="546" />
        <source>Epoch %1 of %2 · batch %3 of %4 · about %5 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="559" />
        <source>Reading the examples… %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="566" />
        <source>Training stopped early; the best model so far is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="566" />
        <source>Training finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="571" />
        <source>Training did not finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="579" />
        <source>Training stopped because of an unexpected problem: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="594" />
        <source>Right on %1 of held-back examples</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="602" />
        <source>Model: %1 · %2 classes · trained %n epoch(s)</source>
        <translation><numerusform>Model: %1 · %2 classes · trained %n epoch</numerusform><numerusform>Model: %1 · %2 classes · trained %n epochs</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="637" />
        <source>Cannot read this example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="641" />
        <source>Train a model first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="653" />
        <source>Save model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="653" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="668" />
        <source>mmstudio models (*.mmstudio)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="663" />
        <source>Saved the model to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="668" />
        <source>Load model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="697" />
        <source>Loaded the model. Drop an example on “Try it” to see what it predicts.</source>
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
        <location filename="../../mmstudio/gui/widgets/curves.py" line="110" />
        <source>Curves appear here while the model trains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="97" />
        <source>Loss ↓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="98" />
        <source>Accuracy ↑</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="122" />
        <source>Training: examples the model learns from. Validation: examples held back to check it honestly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="139" />
        <source>Loss measures how wrong the model is (lower is better); accuracy is how often it is right.
An epoch is one pass over all the training examples.
Scroll to zoom, drag to move; click the small 'A' in the corner to see everything again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="148" />
        <source>Epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="163" />
        <location filename="../../mmstudio/gui/widgets/curves.py" line="269" />
        <source>Training, each batch (smoothed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="171" />
        <location filename="../../mmstudio/gui/widgets/curves.py" line="267" />
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="180" />
        <location filename="../../mmstudio/gui/widgets/curves.py" line="268" />
        <source>Validation</source>
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
</TS>