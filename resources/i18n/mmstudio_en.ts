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
        <location filename="../../mmstudio/gui/widgets/example_browser.py" line="83" />
        <source>The examples of the selected class. Select some and press Delete to remove them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImageTab</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="32" />
        <source>%1 × %1 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="34" />
        <source>Pictures are shrunk to this size before training. Bigger keeps detail but trains slower.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="37" />
        <source>Grey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="38" />
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="41" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="39" />
        <source>Grey is faster; choose colour when colour tells the classes apart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="40" />
        <source>Image size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="55" />
        <source>Drop an image here
or click to choose one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="56" />
        <source>Drop a new picture here to see what the model thinks it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="60" />
        <source>Open image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="61" />
        <source>Choose a picture to try the model on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="69" />
        <source>The picture as the model sees it, after shrinking.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="71" />
        <source>The autoencoder's attempt to redraw the picture from its code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="72" />
        <source>Model input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="73" />
        <source>Reconstruction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="79" />
        <source>Compares how well this picture is redrawn with the training pictures: high means unlike them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="87" />
        <source>Try an image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="100" />
        <source>This file could not be shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="109" />
        <source>unusual: it looks unlike the training pictures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="109" />
        <source>looks familiar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="111" />
        <source>Unusual-input score: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
<message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="109" />
        <source>Supported files (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="147" />
        <source>1 · Examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="149" />
        <source>Open folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="151" />
        <source>Bring in a folder whose sub-folders are the classes (Ctrl+O). You can also drop folders here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="154" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="155" />
        <source>Add files to the selected class, or to a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="157" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="349" />
        <source>New class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="158" />
        <source>Add an empty class, then drop examples on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="163" />
        <source>Open sample data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="164" />
        <source>Load the small example data set that comes with mmstudio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="176" />
        <source>Drop a folder here whose sub-folders are your classes, or click “Open sample data”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="184" />
        <source>Remove selected examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="185" />
        <source>Take the selected examples out of this class (Delete key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="198" />
        <source>2 · Train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="204" />
        <source>The kind of neural network to train.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="206" />
        <source>Model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="210" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="214" />
        <source>Show or hide epochs, batch size, learning rate and more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="225" />
        <source>Continue training the current model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="227" />
        <source>Start from the loaded or last trained model instead of from scratch (same classes needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="240" />
        <source>Train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="244" />
        <source>Train the model on your examples (Enter). Curves update live.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="246" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="248" />
        <source>Stop training now and keep the best model so far (Esc).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="256" />
        <source>Progress of the current training run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="266" />
        <source>How often the model was right on examples held back from training.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="274" />
        <source>Per class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="275" />
        <source>Confusion matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="276" />
        <source>How the model did on each class of the held-back examples.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="292" />
        <source>3 · Try it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="295" />
        <source>No prediction yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="298" />
        <source>The class the model thinks this example belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="303" />
        <source>No model yet. Train one, or load a saved model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="308" />
        <source>Save model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="309" />
        <source>Save the trained model to a .mmstudio file (Ctrl+S).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="311" />
        <source>Load model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="312" />
        <source>Open a saved .mmstudio model to try it or train it further (Ctrl+L).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="337" />
        <source>Examples in “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="337" />
        <source>Examples</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="345" />
        <source>Removed %n example(s) from “%1”.</source>
        <translation><numerusform>Removed %n example from “%1”.</numerusform><numerusform>Removed %n examples from “%1”.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="349" />
        <source>Name of the new class:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="349" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="447" />
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="355" />
        <source>Rename class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="355" />
        <source>New name for “%1”:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="361" />
        <source>Removed the class “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="372" />
        <source>Open a folder of class folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="378" />
        <source>Add examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="403" />
        <source>Looking through the files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="408" />
        <source>The files could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="426" />
        <source>Added %n example(s).</source>
        <translation><numerusform>Added %n example.</numerusform><numerusform>Added %n examples.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="428" />
        <source>%n file(s) of another type were skipped.</source>
        <translation><numerusform>%n file of another type was skipped.</numerusform><numerusform>%n files of another type were skipped.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="435" />
        <source>New class…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="438" />
        <source>Which class?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="439" />
        <source>Which class do the %n file(s) belong to? Pick one or type a new name.</source>
        <translation><numerusform>Which class do the %n file belong to? Pick one or type a new name.</numerusform><numerusform>Which class do the %n files belong to? Pick one or type a new name.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="485" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="526" />
        <source>Reading the examples…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="504" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="526" />
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="540" />
        <source>Epoch %1 of %2 · batch %3 of %4 · about %5 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="553" />
        <source>Reading the examples… %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="560" />
        <source>Training stopped early; the best model so far is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="560" />
        <source>Training finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="565" />
        <source>Training did not finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="573" />
        <source>Training stopped because of an unexpected problem: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="588" />
        <source>Right on %1 of held-back examples</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="596" />
        <source>Model: %1 · %2 classes · trained %n epoch(s)</source>
        <translation><numerusform>Model: %1 · %2 classes · trained %n epoch</numerusform><numerusform>Model: %1 · %2 classes · trained %n epochs</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="631" />
        <source>Cannot read this example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="635" />
        <source>Train a model first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="647" />
        <source>Save model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="647" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="662" />
        <source>mmstudio models (*.mmstudio)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="657" />
        <source>Saved the model to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="662" />
        <source>Load model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="691" />
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
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="147" />
        <source>1 · Examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="149" />
        <source>Open folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="151" />
        <source>Bring in a folder whose sub-folders are the classes (Ctrl+O). You can also drop folders here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="154" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="155" />
        <source>Add files to the selected class, or to a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="157" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="349" />
        <source>New class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="158" />
        <source>Add an empty class, then drop examples on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="163" />
        <source>Open sample data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="164" />
        <source>Load the small example data set that comes with mmstudio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="176" />
        <source>Drop a folder here whose sub-folders are your classes, or click “Open sample data”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="184" />
        <source>Remove selected examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="185" />
        <source>Take the selected examples out of this class (Delete key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="198" />
        <source>2 · Train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="204" />
        <source>The kind of neural network to train.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="206" />
        <source>Model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="210" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="214" />
        <source>Show or hide epochs, batch size, learning rate and more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="225" />
        <source>Continue training the current model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="227" />
        <source>Start from the loaded or last trained model instead of from scratch (same classes needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="240" />
        <source>Train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="244" />
        <source>Train the model on your examples (Enter). Curves update live.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="246" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="248" />
        <source>Stop training now and keep the best model so far (Esc).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="256" />
        <source>Progress of the current training run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="266" />
        <source>How often the model was right on examples held back from training.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="274" />
        <source>Per class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="275" />
        <source>Confusion matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="276" />
        <source>How the model did on each class of the held-back examples.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="292" />
        <source>3 · Try it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="295" />
        <source>No prediction yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="298" />
        <source>The class the model thinks this example belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="303" />
        <source>No model yet. Train one, or load a saved model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="308" />
        <source>Save model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="309" />
        <source>Save the trained model to a .mmstudio file (Ctrl+S).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="311" />
        <source>Load model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="312" />
        <source>Open a saved .mmstudio model to try it or train it further (Ctrl+L).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="337" />
        <source>Examples in “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="337" />
        <source>Examples</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="345" />
        <source>Removed %n example(s) from “%1”.</source>
        <translation><numerusform>Removed %n example from “%1”.</numerusform><numerusform>Removed %n examples from “%1”.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="349" />
        <source>Name of the new class:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="349" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="447" />
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="355" />
        <source>Rename class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="355" />
        <source>New name for “%1”:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="361" />
        <source>Removed the class “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="372" />
        <source>Open a folder of class folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="378" />
        <source>Add examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="403" />
        <source>Looking through the files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="408" />
        <source>The files could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="426" />
        <source>Added %n example(s).</source>
        <translation><numerusform>Added %n example.</numerusform><numerusform>Added %n examples.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="428" />
        <source>%n file(s) of another type were skipped.</source>
        <translation><numerusform>%n file of another type was skipped.</numerusform><numerusform>%n files of another type were skipped.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="435" />
        <source>New class…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="438" />
        <source>Which class?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="439" />
        <source>Which class do the %n file(s) belong to? Pick one or type a new name.</source>
        <translation><numerusform>Which class do the %n file belong to? Pick one or type a new name.</numerusform><numerusform>Which class do the %n files belong to? Pick one or type a new name.</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="485" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="526" />
        <source>Reading the examples…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="504" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="526" />
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="540" />
        <source>Epoch %1 of %2 · batch %3 of %4 · about %5 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="553" />
        <source>Reading the examples… %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="560" />
        <source>Training stopped early; the best model so far is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="560" />
        <source>Training finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="565" />
        <source>Training did not finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="573" />
        <source>Training stopped because of an unexpected problem: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="588" />
        <source>Right on %1 of held-back examples</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="596" />
        <source>Model: %1 · %2 classes · trained %n epoch(s)</source>
        <translation><numerusform>Model: %1 · %2 classes · trained %n epoch</numerusform><numerusform>Model: %1 · %2 classes · trained %n epochs</numerusform></translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="631" />
        <source>Cannot read this example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="635" />
        <source>Train a model first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="647" />
        <source>Save model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="647" />
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="662" />
        <source>mmstudio models (*.mmstudio)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="657" />
        <source>Saved the model to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="662" />
        <source>Load model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/base_tab.py" line="691" />
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
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="67" />
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
        <location filename="../../mmstudio/gui/widgets/curves.py" line="97" />
        <source>Loss (lower is better)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="99" />
        <source>Accuracy (higher is better)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="112" />
        <source>Curves appear here while the model trains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="135" />
        <source>An epoch is one pass over all the training examples.
Scroll to zoom, drag to move; click the small 'A' in the corner to see everything again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="143" />
        <source>Epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="168" />
        <source>Training, each batch (smoothed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="176" />
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="185" />
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