<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AudioTab</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="185" />
        <source>Add sounds…</source>
        <translation>添加声音…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="206" />
        <source>Cut long recordings into clips?</source>
        <translation>把长录音切成片段？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="208" />
        <source>%n recording(s) are longer than one clip. Cut them into %1 s clips every %2 s? The clips are saved in %3; the original files stay as they are.</source>
        <translation>
            <numerusform>有 %n 段录音比一个片段长。要把它们切成 %1 秒的片段（每 %2 秒切一段）吗？片段保存在 %3，原文件保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="230" />
        <source>Cutting the recordings into clips…</source>
        <translation>正在把录音切成片段…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="240" />
        <source>Cut the recordings into %n clip(s), saved in %1.</source>
        <translation>
            <numerusform>已把录音切成 %n 个片段，保存在 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="247" />
        <source>Looking for a microphone…</source>
        <translation>正在查找麦克风…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="251" />
        <source>The microphone to record from.</source>
        <translation>用来录音的麦克风。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="258" />
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="267" />
        <source>Record a clip</source>
        <translation>录一段</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="260" />
        <source>Record one clip into the selected class, after a 3-second count-down.</source>
        <translation>倒数 3 秒后，为所选类别录一段。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="264" />
        <source> clip(s)</source>
        <translation> 段</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="265" />
        <source>How many clips to record in a row, with a short pause between them.</source>
        <translation>连续录几段，每段之间稍作停顿。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="267" />
        <source>Record clips</source>
        <translation>录制片段</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="269" />
        <source>Record background noise</source>
        <translation>录制背景噪声</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="272" />
        <source>Record the room's own sound in one long take, cut into clips: a class the model picks when nobody speaks. About 20 seconds is enough.</source>
        <translation>一次录下房间本身的声音并切成片段：没人说话时模型会选这个类别。大约 20 秒就够了。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="278" />
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="286" />
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="292" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="279" />
        <source>How long the background-noise take lasts (20 s or more).</source>
        <translation>背景噪声录多久（20 秒或更长）。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="280" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="281" />
        <source>Stop recording; the clips already recorded are kept.</source>
        <translation>停止录音；已录好的片段会保留。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="288" />
        <source>How long one example is. Recordings, and long files dropped on a class, are cut to this length.</source>
        <translation>一个示例有多长。录音以及拖到类别上的长文件都会按这个长度切分。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="294" />
        <source>When a long recording is cut: how far apart the clips start (less than the length overlaps them).</source>
        <translation>切分长录音时，相邻片段开头相隔多久（小于片段长度则彼此重叠）。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="297" />
        <source>Saved in %1</source>
        <translation>保存在 %1</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="299" />
        <source>Show folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="300" />
        <source>Open the folder where recorded clips are saved.</source>
        <translation>打开保存录音片段的文件夹。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="302" />
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="303" />
        <source>Play the selected example again (a click on an example plays it).</source>
        <translation>再次播放所选示例（单击示例即可播放）。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="321" />
        <source>Clip length</source>
        <translation>片段长度</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="323" />
        <source>Cut every</source>
        <translation>切分间隔</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="355" />
        <source>Recording and listening are off: %1 You can still use sound files.</source>
        <translation>录音和监听不可用：%1 仍然可以使用声音文件。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="360" />
        <source>Select a class, then record clips into it.</source>
        <translation>先选一个类别，再为它录制片段。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="380" />
        <source>No microphone was found.</source>
        <translation>没有找到麦克风。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="382" />
        <source>Train or load a model first, then listen to the microphone.</source>
        <translation>请先训练或载入模型，再监听麦克风。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="384" />
        <source>Classify what the microphone hears, continuously.</source>
        <translation>持续识别麦克风听到的声音。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="414" />
        <source>background noise</source>
        <translation>背景噪声</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="460" />
        <source>Get ready… %1</source>
        <translation>准备… %1</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="462" />
        <source>Next clip…</source>
        <translation>下一段…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="465" />
        <source>● Recording clip %1 of %2</source>
        <translation>● 正在录第 %1 段，共 %2 段</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="469" />
        <source>● Recording… %1 s of %2 s</source>
        <translation>● 正在录音… %1 秒 / %2 秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="480" />
        <source>Recorded %n clip(s) into “%1”.</source>
        <translation>
            <numerusform>已为“%1”录了 %n 段。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="516" />
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="519" />
        <source>Sounds are resampled to this rate. 16,000 Hz keeps speech clear; higher keeps music detail.</source>
        <translation>声音会重采样到这个采样率。16,000 Hz 足以听清语音；更高能保留音乐的细节。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="521" />
        <source>Both directions</source>
        <translation>双向</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="523" />
        <source>Recurrent models hear each clip forwards and backwards: often more accurate, twice the work.</source>
        <translation>循环模型把每个片段正着听一遍、倒着听一遍：通常更准确，但计算量翻倍。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="525" />
        <source>Sample rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="555" />
        <source>Drop a sound here, or click to choose one</source>
        <translation>把声音拖到这里，或点击选择</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="556" />
        <source>Drop a recording here to see what the model hears in it.</source>
        <translation>把录音拖到这里，看看模型从中听出了什么。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="564" />
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="696" />
        <source>Listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="567" />
        <source>Open sound…</source>
        <translation>打开声音…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="568" />
        <source>Choose a recording to try the model on.</source>
        <translation>选择一段录音来试试模型。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="585" />
        <source>The selected example: its sound and its spectrogram.</source>
        <translation>所选示例：它的波形和频谱图。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="596" />
        <source>The sound you try is shown here, with what the model heard in each part.</source>
        <translation>这里显示你试的声音，以及模型在每一部分听到的内容。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="611" />
        <source>Try a sound</source>
        <translation>试一段声音</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="622" />
        <source>This file could not be shown</source>
        <translation>无法显示这个文件</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="632" />
        <source>Showing the first %1 s of %2 s.</source>
        <translation>显示前 %1 秒（共 %2 秒）。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/audio_tab.py" line="663" />
        <source>Stop listening</source>
        <translation>停止监听</translation>
    </message>
<message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="76" />
        <source>Supported files (%1)</source>
        <translation>支持的文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="79" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
</context>
<context>
    <name>BestModelSearch</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="30" />
        <source>Find the best model</source>
        <translation>寻找最佳模型</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="35" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="37" />
        <source>How long “Find the best model” may take in all. Each model gets an equal share of what is left; a model whose share runs out is stopped and its best so far is compared.</source>
        <translation>“寻找最佳模型”总共可以用多长时间。每个模型平分剩下的时间；用完自己那份时间的模型会被停下，用它目前最好的结果来比较。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="54" />
        <source>Train every kind of model on the same examples, about %n minute(s) in all, and keep the most accurate.</source>
        <translation>
            <numerusform>用同样的样本训练每一种模型，总共约 %n 分钟，保留最准确的那个。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="91" />
        <source>Trying every kind of model… press Stop (Esc) to end it and keep the best so far.</source>
        <translation>正在尝试每一种模型… 按“停止”（Esc）可结束并保留目前最好的模型。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="95" />
        <source>Reading the examples…</source>
        <translation>正在读取示例…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="134" />
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="145" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="137" />
        <source>%1 was the only model tried: %2 right on the held-back examples, in %3.</source>
        <translation>只尝试了 %1：在留出的示例上正确率 %2，用时 %3。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="143" />
        <source>%1 won: %2 right on the held-back examples, as good as %3 but faster (%4 against %5).</source>
        <translation>%1 胜出：在留出的示例上正确率 %2，与 %3 一样好但更快（%4 对 %5）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/search.py" line="149" />
        <source>%1 won: %2 right on the held-back examples, %n point(s) above %3; it took %4.</source>
        <translation>
            <numerusform>%1 胜出：在留出的示例上正确率 %2，比 %3 高 %n 个百分点；用时 %4。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassList</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/class_list.py" line="100" />
        <source>Your classes. Drop files or folders on a class to add them to it; right-click to rename or remove.</source>
        <translation>你的类别。把文件或文件夹拖到类别上即可加入；右键可重命名或删除。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/widgets/class_list.py" line="114" />
        <source>'%1': %n example(s). Drop files here to add more.</source>
        <translation>
            <numerusform>“%1”：%n 个示例。把文件拖到这里可以继续添加。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/class_list.py" line="170" />
        <source>Add files to '%1'…</source>
        <translation>向“%1”添加文件…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/class_list.py" line="171" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/class_list.py" line="172" />
        <source>Remove class</source>
        <translation>删除类别</translation>
    </message>
</context>
<context>
    <name>ClassRow</name>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/widgets/class_list.py" line="40" />
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n 个示例</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="113" />
        <source>Which columns?</source>
        <translation>使用哪些列？</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="115" />
        <source>mmstudio guessed the columns of “%1”. Please check them.</source>
        <translation>mmstudio 猜测了“%1”的列，请检查一下。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="123" />
        <source>The column whose cells are the examples to learn from.</source>
        <translation>这一列的每个单元格是一个用来学习的示例。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="124" />
        <source>The column whose cells name each example's class.</source>
        <translation>这一列的每个单元格是对应示例的类别。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="129" />
        <source>Text column</source>
        <translation>文本列</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="130" />
        <source>Label column</source>
        <translation>标签列</translation>
    </message>
</context>
<context>
    <name>ConfidenceHistogram</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="49" />
        <source>Right answers</source>
        <translation>答对</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="49" />
        <source>Mistakes</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="52" />
        <source>Green bars: examples the model got right. Orange bars: its mistakes.</source>
        <translation>绿色柱：模型答对的示例。橙色柱：答错的示例。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="59" />
        <source>How sure the model was of its answer on each held-back example.
Mistakes far to the left could be caught by a “not sure below …” threshold.</source>
        <translation>模型对每个留出示例的答案有多确定。
靠左的错误可以用“低于…时显示不确定”的阈值拦下。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="67" />
        <source>How sure the model was</source>
        <translation>模型的确定程度</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="68" />
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="104" />
        <source>After training, how sure the model was on the held-back examples shows here.</source>
        <translation>训练后，这里显示模型对留出示例的确定程度。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="125" />
        <source>The model got none of the %n held-back example(s) right.</source>
        <translation>
            <numerusform>在 %n 个留出示例中，模型一个也没答对。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="126" />
        <source>Right answers are mostly above %1 sure</source>
        <translation>答对的示例大多确定度高于 %1</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="128" />
        <source>%1, and there were no mistakes.</source>
        <translation>%1，而且没有错误。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="131" />
        <source>%1; the one mistake was %2 sure.</source>
        <translation>%1；唯一的错误确定度为 %2。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="137" />
        <source>%1; none of the %2 mistakes was less sure than that.</source>
        <translation>%1；%2 个错误的确定度都不低于此值。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/widgets/confidence_histogram.py" line="142" />
        <source>%1; of the %2 mistakes, %n were below %3.</source>
        <translation>
            <numerusform>%1；%2 个错误中有 %n 个低于 %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfusedPairsView</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="233" />
        <source>The classes the model mixes up most often. Click one to list those examples.</source>
        <translation>模型最常混淆的类别。点击一项可列出这些示例。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="242" />
        <source>After training, the classes the model mixes up most are listed here.</source>
        <translation>训练后，这里列出模型最常混淆的类别。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="254" />
        <source>“%1” taken for “%2”: %n time(s)</source>
        <translation>
            <numerusform>把“%1”认成“%2”：%n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="260" />
        <source>Click to list these examples in step 1.</source>
        <translation>点击即可在第 1 步中列出这些示例。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="263" />
        <source>The classes the model mixes up most, on the held-back examples:</source>
        <translation>在留出示例上，模型最常混淆的类别：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="265" />
        <source>No mix-ups on the %n held-back example(s).</source>
        <translation>
            <numerusform>在 %n 个留出示例上没有混淆。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="39" />
        <source>Each row is the real class, each column what the model guessed.
Squares on the diagonal are right answers; the others are mix-ups.
Click a square to see those examples.</source>
        <translation>每一行是真实类别，每一列是模型的判断。
对角线上的格子是答对的，其余是混淆。
点击格子可查看这些示例。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="87" />
        <source>There were no '{truth}' examples to check.</source>
        <translation>没有可检查的“{truth}”示例。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="91" />
        <source>1 '{truth}' example was recognised correctly</source>
        <translation>1 个“{truth}”示例识别正确</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="93" />
        <source>{count} '{truth}' examples were recognised correctly</source>
        <translation>{count} 个“{truth}”示例识别正确</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="97" />
        <source>1 '{truth}' example was predicted as '{guess}'</source>
        <translation>1 个“{truth}”示例被判断为“{guess}”</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="99" />
        <source>{count} '{truth}' examples were predicted as '{guess}'</source>
        <translation>{count} 个“{truth}”示例被判断为“{guess}”</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="101" />
        <source>({share} of all {total} '{truth}' examples).</source>
        <translation>（占全部 {total} 个“{truth}”示例的 {share}）。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="249" />
        <source>After training, this grid shows which classes the model mixes up</source>
        <translation>训练后，这个表格显示模型会混淆哪些类别</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="186" />
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="262" />
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/confusion.py" line="266" />
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
</context>
<context>
    <name>ExampleBrowser</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/example_browser.py" line="87" />
        <source>The examples of the selected class. Select some and press Delete to remove them.</source>
        <translation>所选类别的示例。选中后按 Delete 键可删除。</translation>
    </message>
</context>
<context>
    <name>GatherPanel</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="50" />
        <source>1 · Examples</source>
        <translation>1 · 示例</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="52" />
        <source>Open folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="54" />
        <source>Bring in a folder whose sub-folders are the classes (Ctrl+O). You can also drop folders here.</source>
        <translation>导入一个文件夹，它的每个子文件夹是一个类别 (Ctrl+O)。也可以把文件夹拖到这里。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="58" />
        <source>Add files to the selected class, or to a new one.</source>
        <translation>把文件添加到所选类别，或一个新类别。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="60" />
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="178" />
        <source>New class</source>
        <translation>新建类别</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="61" />
        <source>Add an empty class, then drop examples on it.</source>
        <translation>添加一个空类别，再把示例拖到上面。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="64" />
        <source>Open sample data</source>
        <translation>打开示例数据</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="65" />
        <source>Load a small example data set that comes with mmstudio.</source>
        <translation>载入 mmstudio 自带的小型示例数据集。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="87" />
        <source>Drop a folder here whose sub-folders are your classes, or click “Open sample data”.</source>
        <translation>把一个文件夹拖到这里（每个子文件夹是一个类别），或点击“打开示例数据”。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="98" />
        <source>Remove selected examples</source>
        <translation>删除所选示例</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="99" />
        <source>Take the selected examples out of this class (Delete key).</source>
        <translation>把所选示例从这个类别中删除 (Delete 键)。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="132" />
        <source>Examples in “%1”</source>
        <translation>“%1”中的示例</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="132" />
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="173" />
        <source>Removed %n example(s) from “%1”.</source>
        <translation>
            <numerusform>已从“%1”中删除 %n 个示例。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="179" />
        <source>Name of the new class:</source>
        <translation>新类别的名称：</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="180" />
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="219" />
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="187" />
        <source>Rename class</source>
        <translation>重命名类别</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="187" />
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="194" />
        <source>Removed the class “%1”.</source>
        <translation>已删除类别“%1”。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="207" />
        <source>New class…</source>
        <translation>新建类别…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="210" />
        <source>Which class?</source>
        <translation>哪个类别？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="211" />
        <source>Which class do the %n file(s) belong to? Pick one or type a new name.</source>
        <translation>
            <numerusform>这 %n 个文件属于哪个类别？请选择一个，或输入新名称。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="229" />
        <source>Open a folder of class folders</source>
        <translation>打开包含类别文件夹的文件夹</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="237" />
        <source>Add examples</source>
        <translation>添加示例</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="251" />
        <source>Looking through the files…</source>
        <translation>正在查看文件…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="257" />
        <source>The files could not be read: %1</source>
        <translation>无法读取这些文件：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="277" />
        <source>Added %n example(s).</source>
        <translation>
            <numerusform>已添加 %n 个示例。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/gather.py" line="279" />
        <source>%n file(s) of another type were skipped.</source>
        <translation>
            <numerusform>跳过了 %n 个其他类型的文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageTab</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="41" />
        <source>Without internet, open Settings with the pretrained MobileNetV3 model chosen, press “Choose weights file…” and give the file mobilenet_v3_small-047dcff4.pth from torchvision; or train once on a computer with internet access, and the weights download by themselves.</source>
        <translation>不能上网时，请选择预训练 MobileNetV3 模型，打开“设置”，按“选择权重文件…”，然后选择 torchvision 的 mobilenet_v3_small-047dcff4.pth 文件；或者在能上网的电脑上训练一次，权重会自动下载。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="57" />
        <source>Add images…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="63" />
        <source>%1 × %1 pixels</source>
        <translation>%1 × %1 像素</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="65" />
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="220" />
        <source>Pictures are shrunk to this size before training. Bigger keeps detail but trains slower.</source>
        <translation>训练前图片会缩小到这个尺寸。越大保留的细节越多，但训练越慢。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="68" />
        <source>Grey</source>
        <translation>灰度</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="69" />
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="72" />
        <source>Colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="70" />
        <source>Grey is faster; choose colour when colour tells the classes apart.</source>
        <translation>灰度更快；当颜色能区分类别时请选彩色。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="71" />
        <source>Image size</source>
        <translation>图片尺寸</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="87" />
        <source>Choose weights file…</source>
        <translation>选择权重文件…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="89" />
        <source>For a computer without internet: give MobileNetV3 (small) weights saved from torchvision (.pth) or as .safetensors. The file is checked, then kept on this computer.</source>
        <translation>适用于不能上网的电脑：提供从 torchvision 保存的 MobileNetV3（小型）权重（.pth）或 .safetensors 文件。文件会先经过检查，然后保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="93" />
        <source>Use torchvision's weights</source>
        <translation>使用 torchvision 的权重</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="95" />
        <source>Stop using the file you chose: the pretrained model goes back to torchvision's own ImageNet weights (downloaded on first use). The checked copy of your file stays on this computer.</source>
        <translation>不再使用你选择的文件：预训练模型改回 torchvision 自己的 ImageNet 权重（第一次使用时下载）。你的文件经过检查的副本仍保留在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="105" />
        <source>Pretrained weights</source>
        <translation>预训练权重</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="106" />
        <source>The weights of the pretrained network: downloaded once from torchvision's address, or a file you give.</source>
        <translation>预训练网络的权重：从 torchvision 的官方地址下载一次，或使用你提供的文件。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="116" />
        <source>Checking “%1”…</source>
        <translation>正在检查“%1”…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="117" />
        <source>The file is being read and checked; the choice before it stays until it passes.</source>
        <translation>正在读取并检查文件；检查通过之前，仍使用之前的选择。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="119" />
        <source>The file you chose: %1</source>
        <translation>你选择的文件：%1</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="120" />
        <source>These weights were checked and are kept on this computer: no download is needed.</source>
        <translation>这些权重已经过检查并保存在这台电脑上：无需下载。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="122" />
        <source>torchvision's ImageNet weights, already on this computer</source>
        <translation>torchvision 的 ImageNet 权重，已在这台电脑上</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="123" />
        <source>They were downloaded before and are kept on this computer: no download is needed.</source>
        <translation>它们之前已经下载并保存在这台电脑上：无需下载。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="125" />
        <source>Downloaded automatically on first use from torchvision's address</source>
        <translation>首次使用时自动从 torchvision 的官方地址下载</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="126" />
        <source>The first training of this model needs internet access to download them (10 MB); they are then kept on this computer. Without internet, choose a weights file.</source>
        <translation>第一次训练这个模型时需要联网下载权重（10 MB）；之后它们会保存在这台电脑上。不能上网时，请选择一个权重文件。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="152" />
        <source>Choose MobileNetV3 weights</source>
        <translation>选择 MobileNetV3 权重</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="154" />
        <source>Weights files (*.pth *.safetensors)</source>
        <translation>权重文件 (*.pth *.safetensors)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="170" />
        <source>“%1” holds MobileNetV3 weights: the pretrained model uses them and needs no internet.</source>
        <translation>“%1”里是 MobileNetV3 权重：预训练模型会使用它们，无需联网。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="176" />
        <source>The weights file could not be read: %1</source>
        <translation>无法读取权重文件：%1</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="218" />
        <source>This pretrained network always reads pictures at its own size (224 × 224, in colour).</source>
        <translation>这个预训练网络总是按它自己的尺寸（224 × 224，彩色）读取图片。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="260" />
        <source>Drop an image here
or click to choose one</source>
        <translation>把图片拖到这里
或点击选择</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="261" />
        <source>Drop a new picture here to see what the model thinks it is.</source>
        <translation>把一张新图片拖到这里，看看模型认为它是什么。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="268" />
        <source>Open image…</source>
        <translation>打开图片…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="269" />
        <source>Choose a picture to try the model on.</source>
        <translation>选择一张图片来试试模型。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="272" />
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="276" />
        <source>How strongly the heat map covers the picture (0: not at all).</source>
        <translation>热力图覆盖图片的浓淡（0：完全不覆盖）。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="289" />
        <source>The picture as the model sees it, after shrinking.</source>
        <translation>缩小后模型看到的图片。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="291" />
        <source>The autoencoder's attempt to redraw the picture from its code.</source>
        <translation>自编码器根据编码重新画出的图片。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="293" />
        <source>Where the redrawn picture differs from the input: orange marks the parts the autoencoder could not redraw.</source>
        <translation>重画的图片与输入的差别：橙色标出自编码器画不出来的部分。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="295" />
        <source>Model input</source>
        <translation>模型输入</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="296" />
        <source>Reconstruction</source>
        <translation>重建</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="297" />
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="304" />
        <source>Compares how well this picture is redrawn with the training pictures: high means unlike them.</source>
        <translation>把这张图片的重建效果与训练图片相比：分数高表示与它们不像。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="313" />
        <source>Try an image</source>
        <translation>试一张图片</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="335" />
        <source>This file could not be shown</source>
        <translation>无法显示这个文件</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="346" />
        <source>unusual: it looks unlike the training pictures</source>
        <translation>异常：与训练图片不像</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="346" />
        <source>looks familiar</source>
        <translation>看起来眼熟</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/image_tab.py" line="348" />
        <source>Unusual-input score: %1 (%2)</source>
        <translation>异常输入分数：%1（%2）</translation>
    </message>
<message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="76" />
        <source>Supported files (%1)</source>
        <translation>支持的文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="79" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
</context>
<context>
    <name>ImageWhyView</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/why_views.py" line="26" />
        <source>This file could not be shown</source>
        <translation>无法显示这个文件</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../mmstudio/gui/language.py" line="53" />
        <source>The language changes when the training ends. Press Stop (Esc) to end it now and keep the best model so far.</source>
        <translation>训练结束后将切换语言。按“停止”（Esc）可立即结束训练，并保留目前最好的模型。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/language.py" line="57" />
        <source>The language changes as soon as the work under way is done.</source>
        <translation>正在进行的工作完成后将立即切换语言。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/language.py" line="184" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/language.py" line="232" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
</context>
<context>
    <name>LeaderboardView</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="20" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="20" />
        <source>Held-back accuracy</source>
        <translation>留出示例准确率</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="20" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="25" />
        <source>Each model tried, checked on the same held-back examples.</source>
        <translation>尝试过的每个模型，都在同样的留出示例上检验。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="28" />
        <source>Why this model was kept.</source>
        <translation>为什么保留这个模型。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="44" />
        <source>▶ %1</source>
        <translation>▶ %1</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="45" />
        <source>training…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="53" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="54" />
        <source> (time up)</source>
        <translation>（时间到）</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/leaderboard.py" line="56" />
        <source>Its share of the time ran out: it was stopped and its best so far kept.</source>
        <translation>它分到的时间用完了：训练被停止，保留了它目前最好的结果。</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/level_meter.py" line="26" />
        <source>How loud the microphone hears the room right now.</source>
        <translation>麦克风此刻听到的房间音量。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="35" />
        <source>Train and try your own classifiers</source>
        <translation>训练并试用你自己的分类器</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="43" />
        <source>Device: starting…</source>
        <translation>设备：正在启动…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="44" />
        <source>Where training runs: a graphics card (GPU) when there is one, else the processor.</source>
        <translation>训练在哪里运行：有显卡 (GPU) 时用显卡，否则用处理器。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="74" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="79" />
        <source>&amp;Open folder of classes…</source>
        <translation>打开类别文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="80" />
        <source>Open &amp;sample data</source>
        <translation>打开示例数据(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="81" />
        <source>&amp;Save model…</source>
        <translation>保存模型(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="82" />
        <source>&amp;Load model…</source>
        <translation>载入模型(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="91" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="95" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="97" />
        <source>&amp;Getting started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="98" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="99" />
        <source>&amp;About mmstudio</source>
        <translation>关于 mmstudio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="111" />
        <source>&amp;New project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="112" />
        <source>Start again with no examples and no model (asks to save unsaved work first).</source>
        <translation>重新开始，不带示例和模型（会先询问是否保存未保存的工作）。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="114" />
        <source>Open &amp;project…</source>
        <translation>打开项目(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="115" />
        <source>Open a project: every tab's examples, settings, models and curves.</source>
        <translation>打开项目：每个标签页的示例、设置、模型和曲线。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="118" />
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="122" />
        <source>Sa&amp;ve project</source>
        <translation>保存项目(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="123" />
        <source>Save every tab's examples, settings, models and curves in the project file.</source>
        <translation>把每个标签页的示例、设置、模型和曲线保存到项目文件中。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="125" />
        <source>Save project &amp;as…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="125" />
        <source>Save the project under a new name or in another folder.</source>
        <translation>用新名称或在其他文件夹中保存项目。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="130" />
        <source>&amp;Copy example files into the project folder</source>
        <translation>把示例文件复制到项目文件夹(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="131" />
        <source>When saving a project, copy its example files into a folder beside it, so it can be moved or shared whole.</source>
        <translation>保存项目时，把示例文件复制到旁边的文件夹中，这样整个项目可以移动或分享。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="154" />
        <source>Open the project %1</source>
        <translation>打开项目 %1</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="157" />
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="161" />
        <source>&lt;h3&gt;Three steps&lt;/h3&gt;&lt;p&gt;&lt;b&gt;1 · Examples.&lt;/b&gt; Drop a folder whose sub-folders are the classes (one folder of pictures per kind of thing), or add files, record sounds or type texts into a class. &lt;i&gt;File › Open sample data&lt;/i&gt; gives you a ready-made set.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2 · Train.&lt;/b&gt; Press &lt;b&gt;Train&lt;/b&gt; (or Enter) and watch the curves: the orange line is how often the model is right on examples it never trained on. &lt;b&gt;Stop&lt;/b&gt; (or Esc) keeps the best model so far. Afterwards, the Mistakes and Confidence tabs show where it goes wrong.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3 · Try it.&lt;/b&gt; Drop a new example on “Try it” (or type, or press Listen). The bars show how sure the model is; the colours show why: orange parts spoke for the answer, blue ones against it. Click a class to see its evidence. Save the model to use it again, here or with &lt;code&gt;mmstudio predict&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;三个步骤&lt;/h3&gt;&lt;p&gt;&lt;b&gt;1 · 示例。&lt;/b&gt;拖入一个文件夹，它的每个子文件夹是一个类别（每类东西一个图片文件夹）；也可以向类别添加文件、录制声音或输入文字。&lt;i&gt;文件 › 打开示例数据&lt;/i&gt;提供一套现成的数据。&lt;/p&gt;&lt;p&gt;&lt;b&gt;2 · 训练。&lt;/b&gt;按&lt;b&gt;训练&lt;/b&gt;（或 Enter），观察曲线：橙色线表示模型在从未训练过的示例上答对的比例。&lt;b&gt;停止&lt;/b&gt;（或 Esc）会保留目前最好的模型。训练后，“错误”和“确定度”标签页显示模型在哪里出错。&lt;/p&gt;&lt;p&gt;&lt;b&gt;3 · 试一试。&lt;/b&gt;把一个新示例拖到“试一试”上（或输入文字，或按“监听”）。条形显示模型有多确定；颜色说明原因：橙色部分支持这个答案，蓝色部分反对。点击一个类别可查看它的依据。保存模型后可以再次使用，在这里或用 &lt;code&gt;mmstudio predict&lt;/code&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="175" />
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="179" />
        <source>Open a folder of classes</source>
        <translation>打开类别文件夹</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="180" />
        <source>Save the model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="181" />
        <source>Load a model</source>
        <translation>载入模型</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="182" />
        <source>Open a project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="183" />
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="184" />
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="185" />
        <source>Stop training</source>
        <translation>停止训练</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="186" />
        <source>Remove the selected examples</source>
        <translation>删除所选示例</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="187" />
        <source>This guide</source>
        <translation>本指南</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="188" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="197" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="202" />
        <source>About mmstudio</source>
        <translation>关于 mmstudio</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="204" />
        <source>&lt;b&gt;mmstudio %1&lt;/b&gt;&lt;p&gt;Train and try classifiers of pictures, sounds and texts on your own examples, without programming. Everything runs on this computer; nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;b&gt;mmstudio %1&lt;/b&gt;&lt;p&gt;用你自己的示例训练并试用图片、声音和文本分类器，无需编程。一切都在这台电脑上运行，不会向任何地方发送数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="232" />
        <location filename="../../mmstudio/gui/main_window.py" line="236" />
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="232" />
        <source>Device: looking for a graphics card…</source>
        <translation>设备：正在查找显卡…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="242" />
        <source>Device: unavailable (%1)</source>
        <translation>设备：不可用（%1）</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="300" />
        <source>Save the trained model?</source>
        <translation>保存训练好的模型吗？</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="301" />
        <source>The model trained in the %1 tab has not been saved. Save it before closing?</source>
        <translation>在“%1”标签页训练的模型还没有保存。关闭前要保存吗？</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="360" />
        <source>Save the project?</source>
        <translation>保存项目吗？</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/main_window.py" line="361" />
        <source>The project “%1” has changes that are not saved. Save them before closing?</source>
        <translation>项目“%1”有未保存的更改。关闭前要保存吗？</translation>
    </message>
</context>
<context>
    <name>MediumHooks</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="76" />
        <source>Supported files (%1)</source>
        <translation>支持的文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="79" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/message_bar.py" line="28" />
        <source>Hide this message</source>
        <translation>隐藏这条消息</translation>
    </message>
</context>
<context>
    <name>MistakesView</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="176" />
        <source>The model's mistakes on held-back examples, the most sure first. Click one to look at it.</source>
        <translation>模型在留出示例上的错误，最确定的排在前面。点击一项可查看。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="184" />
        <source>After training, the held-back examples the model got wrong are listed here.</source>
        <translation>训练后，这里列出模型答错的留出示例。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="197" />
        <source>%n mistake(s) on %1 held-back examples, the most sure first. Click one to look at it.</source>
        <translation>
            <numerusform>%1 个留出示例中有 %n 个错误，最确定的排在前面。点击一项可查看。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="201" />
        <source>No mistakes on the %n held-back example(s).</source>
        <translation>
            <numerusform>%n 个留出示例全部答对。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/mistakes.py" line="206" />
        <source>is %1 · model said %2 · %3 sure</source>
        <translation>实际是 %1 · 模型认为是 %2 · 确定度 %3</translation>
    </message>
</context>
<context>
    <name>PerClassTable</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="33" />
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="33" />
        <source>The class name, with its colour.</source>
        <translation>类别名称及其颜色。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="35" />
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="36" />
        <source>Of the examples that really are this class, how many the model got right.</source>
        <translation>真正属于这个类别的示例中，模型答对了多少。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="39" />
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="40" />
        <source>When the model says this class, how often it is right.</source>
        <translation>模型判断为这个类别时，有多少次是对的。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="43" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="44" />
        <source>Accuracy and precision combined into one score: high only when both are high.</source>
        <translation>把准确率和精确率合成一个分数：只有两者都高时才高。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="46" />
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="46" />
        <source>How many examples of this class were used to check the model.</source>
        <translation>这个类别有多少示例用来检验模型。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="50" />
        <source>Click to sort by this column.</source>
        <translation>点击按此列排序。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/per_class_table.py" line="66" />
        <source>How well the model does on each class. Click a column title to sort.</source>
        <translation>模型在每个类别上的表现。点击列标题可排序。</translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="173" />
        <source>Stop the training or wait for it to end, then open or start a project.</source>
        <translation>请先停止训练或等它结束，再打开或新建项目。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="181" />
        <source>Save the project?</source>
        <translation>保存项目吗？</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="182" />
        <source>This session has changes that are not saved in a project. Save them first?</source>
        <translation>本次会话有尚未保存到项目中的更改。要先保存吗？</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="196" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="196" />
        <location filename="../../mmstudio/gui/project.py" line="290" />
        <source>mmstudio projects (*%1)</source>
        <translation>mmstudio 项目 (*%1)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="205" />
        <source>Opening the project…</source>
        <translation>正在打开项目…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="214" />
        <source>The project could not be opened</source>
        <translation>无法打开项目</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/project.py" line="270" />
        <source>%n example file(s) could not be found where the project says (moved or deleted) and were left out (%1). The other examples are here.</source>
        <translation>
            <numerusform>有 %n 个示例文件不在项目记录的位置（已移动或删除），已略去（%1）。其余示例都在。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="288" />
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="290" />
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="299" />
        <source>Stop the training or wait for it to end, then save the project.</source>
        <translation>请先停止训练或等它结束，再保存项目。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="303" />
        <source>Saving the project…</source>
        <translation>正在保存项目…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="308" />
        <source>The project was not saved</source>
        <translation>项目没有保存</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="319" />
        <source>Saved the project “%1”.</source>
        <translation>已保存项目“%1”。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="351" />
        <source>Project not found</source>
        <translation>找不到项目</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="352" />
        <source>The project “%1” is no longer at %2, so it was taken off the recent list.</source>
        <translation>项目“%1”已不在 %2，已从最近列表中移除。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="391" />
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的工作吗？</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/project.py" line="392" />
        <source>mmstudio did not close properly last time. Recover the unsaved work from %1?</source>
        <translation>mmstudio 上次没有正常关闭。要从 %1 恢复未保存的工作吗？</translation>
    </message>
</context>
<context>
    <name>SoundView</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="46" />
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="46" />
        <source>Pitch bands</source>
        <translation>音高频带</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="58" />
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="60" />
        <source>The sound's loudness over time. Coloured stretches show what the model heard in each part of a long recording.</source>
        <translation>声音响度随时间的变化。彩色区段表示模型在长录音每一部分听到的内容。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="63" />
        <source>The spectrogram: low pitches at the bottom, high at the top, bright where the sound is loud. This picture is what the model reads.</source>
        <translation>频谱图：下方是低音，上方是高音，声音越响越亮。模型读的就是这张图。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="119" />
        <source>%1 s to %2 s: %3</source>
        <translation>%1 秒到 %2 秒：%3</translation>
    </message>
</context>
<context>
    <name>SoundWhyView</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="149" />
        <source>This file could not be shown</source>
        <translation>无法显示这个文件</translation>
    </message>
<message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="46" />
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="46" />
        <source>Pitch bands</source>
        <translation>音高频带</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="58" />
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="60" />
        <source>The sound's loudness over time. Coloured stretches show what the model heard in each part of a long recording.</source>
        <translation>声音响度随时间的变化。彩色区段表示模型在长录音每一部分听到的内容。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="63" />
        <source>The spectrogram: low pitches at the bottom, high at the top, bright where the sound is loud. This picture is what the model reads.</source>
        <translation>频谱图：下方是低音，上方是高音，声音越响越亮。模型读的就是这张图。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/sound_view.py" line="119" />
        <source>%1 s to %2 s: %3</source>
        <translation>%1 秒到 %2 秒：%3</translation>
    </message>
</context>
<context>
    <name>TextTab</name>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="156" />
        <source>%n row(s) without a label or text were skipped.</source>
        <translation>
            <numerusform>跳过了 %n 行没有标签或文本的行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="168" />
        <source>“%1” was not imported.</source>
        <translation>没有导入“%1”。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="174" />
        <source>Reading “%1” again with the chosen columns…</source>
        <translation>正在按所选的列重新读取“%1”…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="188" />
        <source>Type or paste examples for the selected class, one per line</source>
        <translation>为所选类别输入或粘贴示例，每行一个</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="189" />
        <source>Each line becomes one example of the class selected above.</source>
        <translation>每一行成为上面所选类别的一个示例。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="191" />
        <source>Add these lines to the class</source>
        <translation>把这些行添加到类别</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="192" />
        <source>Add each non-empty line above as an example of the selected class.</source>
        <translation>把上面每个非空行添加为所选类别的示例。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="208" />
        <source>Added %n example(s) to “%1”.</source>
        <translation>
            <numerusform>已向“%1”添加 %n 个示例。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="213" />
        <source>Edit example</source>
        <translation>编辑示例</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="213" />
        <source>Example text:</source>
        <translation>示例文本：</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="221" />
        <source>Only the first this-many words of a text are read; the rest is ignored. In Chinese and Japanese each character counts as a word. Longer limits see more of long texts but train slower.</source>
        <translation>每段文本只读取前这么多个词，其余部分忽略。中文和日文里每个字算一个词。上限越大，长文本读得越多，但训练越慢。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="224" />
        <source>Read each text in both directions</source>
        <translation>双向阅读每段文本</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="226" />
        <source>Recurrent models read the text forwards and backwards: often more accurate, twice the work.</source>
        <translation>循环模型把文本正着读一遍、倒着读一遍：通常更准确，但计算量翻倍。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="228" />
        <source>Longest text</source>
        <translation>最长文本</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="250" />
        <source>Type a sentence here: the prediction follows as you type.
You can also drop a .txt file.</source>
        <translation>在这里输入一句话：边输入边预测。
也可以拖入 .txt 文件。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="251" />
        <source>Type or paste text to see what the model thinks it is about.</source>
        <translation>输入或粘贴文字，看看模型认为它讲的是什么。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="258" />
        <source>Open text file…</source>
        <translation>打开文本文件…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="259" />
        <source>Read a text file and see what the model predicts for it.</source>
        <translation>读取一个文本文件，看看模型的预测。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="261" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="262" />
        <source>Empty the text box.</source>
        <translation>清空文本框。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="278" />
        <source>Text files (*.txt *.md)</source>
        <translation>文本文件 (*.txt *.md)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/text_tab.py" line="279" />
        <source>Try a text file</source>
        <translation>试一个文本文件</translation>
    </message>
<message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="76" />
        <source>Supported files (%1)</source>
        <translation>支持的文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="79" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
</context>
<context>
    <name>TextWhyView</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/why_views.py" line="61" />
        <source>Orange words pushed the model toward its answer, blue ones away from it.</source>
        <translation>橙色的词把模型推向这个答案，蓝色的词则把它推开。</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="90" />
        <source>2 · Train</source>
        <translation>2 · 训练</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="97" />
        <source>The kind of neural network to train.</source>
        <translation>要训练的神经网络类型。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="101" />
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="104" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="108" />
        <source>Show or hide epochs, batch size, learning rate and more.</source>
        <translation>显示或隐藏轮数、批大小、学习率等设置。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="119" />
        <source>Continue training the current model</source>
        <translation>在当前模型上继续训练</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="121" />
        <source>Start from the loaded or last trained model instead of from scratch (same classes needed).</source>
        <translation>从载入的或上次训练的模型继续，而不是从头开始（类别须相同）。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="134" />
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="138" />
        <source>Train the model on your examples (Enter). Curves update live.</source>
        <translation>用你的示例训练模型 (Enter)。曲线实时更新。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="140" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="142" />
        <source>Stop training now and keep the best model so far (Esc).</source>
        <translation>立即停止训练，保留目前最好的模型 (Esc)。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="147" />
        <source>Time to find the best model</source>
        <translation>寻找最佳模型的时间</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="154" />
        <source>Progress of the current training run.</source>
        <translation>本次训练的进度。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="160" />
        <source>Curves appear here while the model trains</source>
        <translation>训练时这里会显示曲线</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="172" />
        <source>How often the model was right on examples held back from training.</source>
        <translation>模型在训练时留出的示例上答对的比例。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="189" />
        <source>The chosen mistake, coloured by what made the model say what it said.</source>
        <translation>所选的错误示例，按让模型给出这个答案的因素着色。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="199" />
        <source>After training, how sure the model was on the held-back examples shows here.</source>
        <translation>训练后，这里显示模型对留出示例的确定程度。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="205" />
        <source>Per class</source>
        <translation>各类别</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="206" />
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="207" />
        <source>Mistakes</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="208" />
        <source>Mix-ups</source>
        <translation>混淆</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="209" />
        <source>Confidence</source>
        <translation>确定度</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="210" />
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="211" />
        <source>How the model did on the held-back examples, and where it went wrong.</source>
        <translation>模型在留出示例上的表现，以及它在哪里出错。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="318" />
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="487" />
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="318" />
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="467" />
        <source>Reading the examples…</source>
        <translation>正在读取示例…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="333" />
        <source>Right on %1 of held-back examples</source>
        <translation>留出示例准确率 %1</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="348" />
        <source>These views need a model trained in this session: train it here to see where it goes wrong.</source>
        <translation>这些视图需要本次会话中训练的模型：在这里训练后即可看到它在哪里出错。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="369" />
        <source>Held-back “%1” example the model called “%2” (%3 sure)</source>
        <translation>被模型认作“%2”的留出“%1”示例（确定度 %3）</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="422" />
        <source>Train the model in this session to see the examples behind each cell.</source>
        <translation>在本次会话中训练模型后，即可查看每个格子背后的示例。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="428" />
        <source>Held-back “%1” examples the model called “%2”: %3</source>
        <translation>被模型认作“%2”的留出“%1”示例：%3</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="464" />
        <source>Training… press Stop (Esc) to end it early and keep the best model.</source>
        <translation>正在训练… 按“停止” (Esc) 可提前结束并保留最好的模型。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="513" />
        <source>Reading the examples… %1 of %2</source>
        <translation>正在读取示例… %1 / %2</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="526" />
        <source>Training stopped early; the best model so far is kept.</source>
        <translation>训练已提前停止，保留了目前最好的模型。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="528" />
        <source>Training finished.</source>
        <translation>训练完成。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="534" />
        <source>Training did not finish.</source>
        <translation>训练没有完成。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="545" />
        <source>Downloading %1… %2 of %3 MB</source>
        <translation>正在下载%1… %2/%3 MB</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="548" />
        <source>Downloading %1… %2 MB</source>
        <translation>正在下载%1… %2 MB</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="562" />
        <source>Training the final model on all %n example(s) · epoch %1 of %2 · about %3 left</source>
        <translation>
            <numerusform>正在用全部 %n 个示例训练最终模型 · 第 %1/%2 轮 · 约剩 %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="572" />
        <source>Epoch %1 of %2 · batch %3 of %4 · about %5 left</source>
        <translation>第 %1/%2 轮 · 第 %3/%4 批 · 约剩 %5</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/train.py" line="582" />
        <source>Training stopped because of an unexpected problem: %1</source>
        <translation>训练因意外问题而停止：%1</translation>
    </message>
</context>
<context>
    <name>TrainSettingsForm</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="24" />
        <source>How many times training goes through all examples. More can help, but takes longer.</source>
        <translation>训练把所有示例过几遍。多几遍可能更好，但更费时。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="26" />
        <source>How many examples the model looks at before each small correction.</source>
        <translation>模型每做一次小调整之前看多少个示例。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="30" />
        <source>How big each correction is. Too big and training jumps around; too small and it crawls.</source>
        <translation>每次调整的幅度。太大训练会来回跳动，太小则进展缓慢。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="34" />
        <source>The share of examples kept aside to check the model on pictures it never trained on.</source>
        <translation>留出多大比例的示例，用来在模型从未训练过的数据上检验它。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="37" />
        <source>Same seed, same data, same settings: the same result every time.</source>
        <translation>种子、数据和设置都相同时，每次结果都相同。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="38" />
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="39" />
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="40" />
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="41" />
        <source>Held back for checking</source>
        <translation>留出检验比例</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="42" />
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="43" />
        <source>Vary the examples while training</source>
        <translation>训练时变换示例</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="45" />
        <source>Flips, small shifts and turns, and brightness changes, so the model copes with new pictures.</source>
        <translation>翻转、轻微平移和旋转、改变亮度，让模型更能应对新图片。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="56" />
        <source>Warm up, then slow down</source>
        <translation>先预热，再放慢</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="56" />
        <source>The same all along</source>
        <translation>始终不变</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="62" />
        <source>How the size of the corrections changes during training. 'Warm up, then slow down' starts gently, then makes smaller and smaller corrections towards the end, so the model settles on a good answer.</source>
        <translation>训练过程中调整幅度如何变化。“先预热，再放慢”开始时调整平缓，之后越到最后调整越小，让模型稳定在一个好的答案上。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="70" />
        <source>Keeps the model simple by nudging every number it learns a little towards zero, so it relies on what many examples show rather than on details of a few. 0 turns it off.</source>
        <translation>把模型学到的每个数都往零的方向轻推一点，让模型保持简单，依靠多数示例的共性而不是少数示例的细节。0 表示关闭。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="74" />
        <source> epochs</source>
        <translation> 轮</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="75" />
        <source>Never stop early</source>
        <translation>从不提前停止</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="78" />
        <source>Stop training when the held-back examples have not been recognised better for this many epochs in a row. The best model seen is kept either way.</source>
        <translation>如果连续这么多轮留出示例的识别都没有改善，就停止训练。无论如何都会保留最好的模型。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="82" />
        <source>Train the final model on all examples</source>
        <translation>用全部示例训练最终模型</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="86" />
        <source>After training, train the model once more from the start on every example, held-back ones included, for the number of epochs that worked best. It usually recognises new examples a little better; the accuracy shown is still the first model's, measured on the held-back examples.</source>
        <translation>训练结束后，用全部示例（包括留出的示例）从头再训练一次，轮数取效果最好的那一次。这样通常能更好地识别新示例；显示的准确率仍是第一个模型在留出示例上测得的。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="91" />
        <source>Learning-rate schedule</source>
        <translation>学习率计划</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="92" />
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/train_settings.py" line="93" />
        <source>Stop early after</source>
        <translation>无改善则提前停止</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="107" />
        <source>Loss ↓</source>
        <translation>损失 ↓</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="108" />
        <source>Accuracy ↑</source>
        <translation>准确率 ↑</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="120" />
        <source>Curves appear here while the model trains</source>
        <translation>训练时这里会显示曲线</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="131" />
        <source>Training: examples the model learns from. Validation: examples held back to check it honestly.</source>
        <translation>训练：模型用来学习的示例。验证：留出来公正检验模型的示例。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="148" />
        <source>Loss measures how wrong the model is (lower is better); accuracy is how often it is right.
An epoch is one pass over all the training examples.
Scroll to zoom, drag to move; click the small 'A' in the corner to see everything again.</source>
        <translation>损失衡量模型错得有多厉害（越低越好）；准确率是它答对的比例。
一轮是把所有训练示例过一遍。
滚动可缩放，拖动可移动；点击角落里的小“A”可恢复全貌。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="157" />
        <source>Epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="176" />
        <location filename="../../mmstudio/gui/widgets/curves.py" line="333" />
        <source>Training, each batch (smoothed)</source>
        <translation>训练，每批（平滑）</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="180" />
        <location filename="../../mmstudio/gui/widgets/curves.py" line="331" />
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/curves.py" line="186" />
        <location filename="../../mmstudio/gui/widgets/curves.py" line="332" />
        <source>Validation</source>
        <translation>验证</translation>
    </message>
</context>
<context>
    <name>TryPanel</name>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="54" />
        <source>3 · Try it</source>
        <translation>3 · 试一试</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="57" />
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="171" />
        <source>No prediction yet</source>
        <translation>还没有预测</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="59" />
        <source>The class the model thinks this example belongs to.</source>
        <translation>模型认为这个示例所属的类别。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="65" />
        <source>How sure the model is about each class. Click a class to see what speaks for it.</source>
        <translation>模型对每个类别有多确定。点击一个类别可查看支持它的依据。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="75" />
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="134" />
        <source>No model yet. Train one, or load a saved model.</source>
        <translation>还没有模型。请训练一个，或载入已保存的模型。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="80" />
        <source>Save model…</source>
        <translation>保存模型…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="81" />
        <source>Save the trained model to a .mmstudio file (Ctrl+S).</source>
        <translation>把训练好的模型保存为 .mmstudio 文件 (Ctrl+S)。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="83" />
        <source>Load model…</source>
        <translation>载入模型…</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="84" />
        <source>Open a saved .mmstudio model to try it or train it further (Ctrl+L).</source>
        <translation>打开已保存的 .mmstudio 模型，试用或继续训练 (Ctrl+L)。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="97" />
        <source>Show why</source>
        <translation>显示原因</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="100" />
        <source>Colour the example by what made the model answer as it did: orange for, blue against.</source>
        <translation>按影响模型答案的因素给示例上色：橙色支持，蓝色反对。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="105" />
        <source>Say “not sure” below</source>
        <translation>低于此值时显示“不确定”</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="111" />
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="114" />
        <source>When the model is less sure than this, it says “Not sure” instead of giving a possibly wrong answer. The Confidence tab after training shows where its mistakes lie.</source>
        <translation>当模型的确定度低于这个值时，它会显示“不确定”，而不是给出可能错误的答案。训练后的“确定度”标签页显示错误集中在哪里。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="138" />
        <source>Model: %1 · %2 classes · trained %n epoch(s)</source>
        <translation>
            <numerusform>模型：%1 · %2 个类别 · 已训练 %n 轮</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="186" />
        <source>Cannot read this example</source>
        <translation>无法读取这个示例</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="193" />
        <source>Train a model first</source>
        <translation>请先训练模型</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="209" />
        <source>Not sure (maybe “%1”)</source>
        <translation>不确定（可能是“%1”）</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="271" />
        <source>Why “%1”: %2. Orange spoke for it, blue against. Click a class above to see its evidence.</source>
        <translation>为什么是“%1”：%2。橙色支持它，蓝色反对。点击上方的类别可查看其依据。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="293" />
        <source>Save model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="293" />
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="318" />
        <source>mmstudio models (*.mmstudio)</source>
        <translation>mmstudio 模型 (*.mmstudio)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="305" />
        <source>Saved the model to %1</source>
        <translation>模型已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="318" />
        <source>Load model</source>
        <translation>载入模型</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/panels/try_panel.py" line="338" />
        <source>Loaded the model. Drop an example on “Try it” to see what it predicts.</source>
        <translation>模型已载入。把示例拖到“试一试”上，看看它的预测。</translation>
    </message>
</context>
<context>
    <name>_BarsCanvas</name>
    <message>
        <location filename="../../mmstudio/gui/widgets/probability_bars.py" line="66" />
        <source>The model is {percent} sure this is '{name}'. Click to see what speaks for it.</source>
        <translation>模型有 {percent} 的把握认为这是“{name}”。点击查看支持它的依据。</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/widgets/probability_bars.py" line="86" />
        <source>Try an example: how sure the model is about each class appears here</source>
        <translation>试一个示例：这里会显示模型对每个类别有多确定</translation>
    </message>
</context>
<context>
    <name>mmstudio.core</name>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Teach the computer to recognise pictures.</source>
        <translation>教电脑识别图片。</translation>
    </message>
    <message>
        <source>Shapes (circles, squares, stars, triangles)</source>
        <translation>形状（圆形、正方形、星形、三角形）</translation>
    </message>
    <message>
        <source>Convolutional network</source>
        <translation>卷积网络</translation>
    </message>
    <message>
        <source>Two convolution and pooling stages, then a dense layer: the classic small image classifier. Fast and accurate on simple pictures.</source>
        <translation>两级卷积和池化，再接一个全连接层：经典的小型图片分类器。在简单图片上又快又准。</translation>
    </message>
    <message>
        <source>Autoencoder + classifier</source>
        <translation>自编码器 + 分类器</translation>
    </message>
    <message>
        <source>Learns to redraw each picture from a small code and classifies from that code. Shows the reconstruction and flags inputs that look unlike anything it was trained on.</source>
        <translation>学习用一小段编码重新画出每张图片，并根据这段编码分类。会显示重建结果，并标出与训练数据都不像的输入。</translation>
    </message>
    <message>
        <source>Pretrained MobileNetV3 (features)</source>
        <translation>预训练 MobileNetV3（特征）</translation>
    </message>
    <message>
        <source>A network already trained on a million photos (ImageNet) describes each picture; only a small decision layer learns your classes. Best on photos and with few examples. Its weights (10 MB) download once; each picture costs about 10 ms on a laptop.</source>
        <translation>一个已用一百万张照片（ImageNet）训练过的网络描述每张图片；只有一个小的决策层学习你的类别。最适合照片和示例不多的情况。它的权重（10 MB）只需下载一次；在笔记本电脑上每张图片约 10 毫秒。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Teach the computer to sort texts: messages, reviews, sentences in any language.</source>
        <translation>教电脑给文本分类：消息、评论、任何语言的句子。</translation>
    </message>
    <message>
        <source>English: sports, weather, food, tech</source>
        <translation>英文：体育、天气、美食、科技</translation>
    </message>
    <message>
        <source>Chinese (中文): 体育, 天气, 美食, 科技</source>
        <translation>中文：体育、天气、美食、科技</translation>
    </message>
    <message>
        <source>Bag of words and word pairs</source>
        <translation>词袋与词对</translation>
    </message>
    <message>
        <source>Averages what each word and each pair of neighbouring words means, then decides. Ignores longer word order; trains in seconds and is hard to beat on short texts.</source>
        <translation>把每个词和每对相邻词的含义取平均后再判断。不考虑更长的词序；几秒就能训练完，在短文本上很难被超越。</translation>
    </message>
    <message>
        <source>Recurrent network</source>
        <translation>循环网络</translation>
    </message>
    <message>
        <source>Reads the text word by word and keeps a running memory, then decides from the strongest things it noticed along the way. The classic simple (Elman) recurrent network.</source>
        <translation>逐词阅读文本并不断更新记忆，再根据一路上注意到的最强信号做判断。经典的简单 (Elman) 循环网络。</translation>
    </message>
    <message>
        <source>LSTM network</source>
        <translation>LSTM 网络</translation>
    </message>
    <message>
        <source>A recurrent network with gates that decide what to remember and what to forget, so words from early in a long text still count.</source>
        <translation>一种带门控的循环网络，由门决定记住什么、忘掉什么，所以长文本开头的词到最后仍然起作用。</translation>
    </message>
    <message>
        <source>Stacked recurrent network</source>
        <translation>堆叠循环网络</translation>
    </message>
    <message>
        <source>Two simple recurrent layers, the second reading what the first wrote: it can learn more complex patterns, but needs more examples and time.</source>
        <translation>两层简单循环层，第二层读取第一层的输出：能学到更复杂的模式，但需要更多示例和时间。</translation>
    </message>
    <message>
        <source>Pretrained sentence encoder (MiniLM, English)</source>
        <translation>预训练句子编码器（MiniLM，英文）</translation>
    </message>
    <message>
        <source>A network already trained on a billion English sentence pairs turns each text into numbers that capture its meaning, so different words for the same thing count alike; only a small decision layer learns your classes. Best on English with few examples; weak on Chinese. Installed with mmstudio (90 MB); about 4 s to load, then a few ms per text.</source>
        <translation>一个已用十亿对英文句子训练过的网络把每段文本变成表达其含义的数字，所以说法不同但意思相同的词会被同等看待；只有一个小的决策层学习你的类别。最适合示例不多的英文；中文效果较弱。随 mmstudio 一起安装（90 MB）；加载约 4 秒，之后每段文本几毫秒。</translation>
    </message>
    <message>
        <source>Pretrained multilingual sentence encoder (E5, 100 languages)</source>
        <translation>预训练多语言句子编码器（E5，100 种语言）</translation>
    </message>
    <message>
        <source>A network already trained on a billion text pairs in about 100 languages, Chinese among them, turns each text into numbers that capture its meaning; only a small decision layer learns your classes. Best for Chinese and other languages, and with few examples. Installed with mmstudio (95 MB); loads in under a second, then about 50 ms per sentence.</source>
        <translation>一个已用约 100 种语言（包括中文）的十亿对文本训练过的网络把每段文本变成表达其含义的数字；只有一个小的决策层学习你的类别。最适合中文和其他语言，以及示例不多的情况。随 mmstudio 一起安装（95 MB）；加载不到一秒，之后每句约 50 毫秒。</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Teach the computer to recognise sounds: spoken words, claps, whistles, machines.</source>
        <translation>教电脑识别声音：说出的词、拍手、口哨、机器声。</translation>
    </message>
    <message>
        <source>Spoken words (yes, no, up, down, left, right) and background noise</source>
        <translation>口语单词（yes、no、up、down、left、right）和背景噪声</translation>
    </message>
    <message>
        <source>Convolutional network on the spectrogram</source>
        <translation>频谱图卷积网络</translation>
    </message>
    <message>
        <source>Looks at the sound's picture (how loud each pitch is over time) the way an image network looks at a photo. Usually the most accurate on short sounds such as spoken words, and fast.</source>
        <translation>像图片网络看照片一样看声音的图像（每个音高的响度随时间的变化）。在口语单词这类短声音上通常最准确，而且很快。</translation>
    </message>
    <message>
        <source>Listens to the sound 80 ms at a time and keeps a running memory, then decides from the strongest things it noticed anywhere in the clip. The classic simple (Elman) recurrent network.</source>
        <translation>每次听 80 毫秒并不断更新记忆，再根据它在整个片段中注意到的最强信号做判断。经典的简单 (Elman) 循环网络。</translation>
    </message>
    <message>
        <source>A recurrent network with gates that decide what to remember and what to forget, so the start of a sound still counts at its end.</source>
        <translation>一种带门控的循环网络，由门决定记住什么、忘掉什么，所以声音的开头到结尾时仍然起作用。</translation>
    </message>
    <message>
        <source>Two simple recurrent layers, the second listening to what the first wrote: it can learn more complex patterns, but needs more examples and time.</source>
        <translation>两层简单循环层，第二层聆听第一层的输出：能学到更复杂的模式，但需要更多示例和时间。</translation>
    </message>
    <message>
        <source>Pretrained speech embedding</source>
        <translation>预训练语音嵌入</translation>
    </message>
    <message>
        <source>A network Google trained on a large amount of speech describes every 80 ms of sound; only a small decision layer learns your classes. Best on spoken words with few examples; always hears at 16 kHz. Installed with mmstudio (2 MB of model, 80 MB of onnxruntime); a few ms per clip.</source>
        <translation>一个由 Google 用大量语音训练过的网络描述每 80 毫秒的声音；只有一个小的决策层学习你的类别。最适合示例不多的口语词；始终以 16 kHz 收听。随 mmstudio 一起安装（模型 2 MB，onnxruntime 80 MB）；每个片段几毫秒。</translation>
    </message>
    <message>
        <source>occlusion (time x frequency)</source>
        <translation>遮挡法（时间 × 频率）</translation>
    </message>
    <message>
        <source>integrated gradients</source>
        <translation>积分梯度</translation>
    </message>
    <message>
        <source>occlusion (patches)</source>
        <translation>遮挡法（图块）</translation>
    </message>
    <message>
        <source>leaving each word out</source>
        <translation>逐词去掉</translation>
    </message>
    <message>
        <source>leaving out runs of neighbouring words</source>
        <translation>逐段去掉相邻的词</translation>
    </message>
</context>
<context>
    <name>mmstudio.core.messages</name>
    <message>
        <source>its weights do not match the network it describes</source>
        <translation>其中的权重与它描述的网络不符</translation>
    </message>
    <message>
        <source>The model was not saved: training went wrong and some of its weights are not numbers. Train again with a smaller learning rate.</source>
        <translation>模型未保存：训练出了问题，部分权重不是数值。请用更小的学习率重新训练。</translation>
    </message>
    <message>
        <source>The model file '{path}' does not exist.</source>
        <translation>模型文件“{path}”不存在。</translation>
    </message>
    <message>
        <source>it has no mmstudio description</source>
        <translation>其中没有 mmstudio 描述</translation>
    </message>
    <message>
        <source>its description is not a JSON object</source>
        <translation>其描述不是 JSON 对象</translation>
    </message>
    <message>
        <source>'{name}' was saved by a newer version of mmstudio (format {version}). Please update mmstudio.</source>
        <translation>“{name}”由更新版本的 mmstudio 保存（格式 {version}）。请更新 mmstudio。</translation>
    </message>
    <message>
        <source>'{name}' is a model for {medium} data, not for {wanted} data.</source>
        <translation>“{name}”是用于 {medium} 数据的模型，不是用于 {wanted} 数据的。</translation>
    </message>
    <message>
        <source>'extras.reconstruction_error_quantiles' must be in increasing order</source>
        <translation>“extras.reconstruction_error_quantiles”必须按从小到大的顺序排列</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>文件太短</translation>
    </message>
    <message>
        <source>its header is larger than the file, or too large</source>
        <translation>其文件头比文件本身还大，或者过大</translation>
    </message>
    <message>
        <source>its header is not a JSON object</source>
        <translation>其文件头不是 JSON 对象</translation>
    </message>
    <message>
        <source>its size does not match its header</source>
        <translation>其大小与文件头不符</translation>
    </message>
    <message>
        <source>its evaluation is about other classes than the model's</source>
        <translation>其中的评估结果针对的类别与模型的类别不同</translation>
    </message>
    <message>
        <source>its confusion matrix is not {n} by {n}</source>
        <translation>其混淆矩阵不是 {n} × {n} 的</translation>
    </message>
    <message>
        <source>The model could not be saved to '{path}': {reason}.</source>
        <translation>无法将模型保存到“{path}”：{reason}。</translation>
    </message>
    <message>
        <source>'{name}' is not an mmstudio model file, or it is damaged: {reason}.</source>
        <translation>“{name}”不是 mmstudio 模型文件，或者已损坏：{reason}。</translation>
    </message>
    <message>
        <source>The model file '{name}' could not be read: {reason}.</source>
        <translation>无法读取模型文件“{name}”：{reason}。</translation>
    </message>
    <message>
        <source>its settings do not describe a network mmstudio can build</source>
        <translation>其设置描述的不是 mmstudio 能构建的网络</translation>
    </message>
    <message>
        <source>its header is not valid JSON</source>
        <translation>其文件头不是有效的 JSON</translation>
    </message>
    <message>
        <source>its weights are not where its header says</source>
        <translation>其中的权重不在文件头所说的位置</translation>
    </message>
    <message>
        <source>it ends before its last weights</source>
        <translation>文件在最后的权重之前就结束了</translation>
    </message>
    <message>
        <source>some of its weights are not numbers (NaN or infinity)</source>
        <translation>其中有些权重不是数值（NaN 或无穷大）</translation>
    </message>
    <message>
        <source>Accuracy ({accuracy}) is close to guessing ({chance} with {classes} classes): the model has not learned to tell the classes apart. Try more examples, more epochs or another model.</source>
        <translation>准确率（{accuracy}）接近随机猜测（{classes} 个类别时为 {chance}）：模型还没有学会区分这些类别。请尝试增加示例、增加轮数或换一个模型。</translation>
    </message>
    <message>
        <source>The class '{name}' has no examples. Add some or remove the class.</source>
        <translation>类别“{name}”没有示例。请添加一些示例，或删除这个类别。</translation>
    </message>
    <message>
        <source>Training needs at least two classes that each have examples.</source>
        <translation>训练至少需要两个各有示例的类别。</translation>
    </message>
    <message>
        <source>{names} and others</source>
        <translation>{names} 等</translation>
    </message>
    <message>
        <source>Few examples in {names}: with fewer than {few} per class, results are mostly luck. Aim for 20 or more.</source>
        <translation>{names} 中的示例太少：每个类别少于 {few} 个时，结果大多靠运气。建议每类 20 个或更多。</translation>
    </message>
    <message>
        <source>The classes are unbalanced: '{big}' has {big_count} examples but '{small}' only {small_count}. The model may learn to favour the bigger class.</source>
        <translation>类别不均衡：“{big}”有 {big_count} 个示例，而“{small}”只有 {small_count} 个。模型可能会偏向较大的类别。</translation>
    </message>
    <message>
        <source>'{example}' is in both '{first}' and '{second}'. The same example with two labels confuses the model.</source>
        <translation>“{example}”同时在“{first}”和“{second}”中。同一个示例带两个标签会让模型混淆。</translation>
    </message>
    <message>
        <source>The download of the {what} stopped early ({done} of {total} bytes). Try again.</source>
        <translation>{what}的下载中途停止了（{done} / {total} 字节）。请重试。</translation>
    </message>
    <message>
        <source>The {what} downloaded from {url} are not the published ones (wrong checksum).</source>
        <translation>从 {url} 下载的{what}不是官方发布的版本（校验值不符）。</translation>
    </message>
    <message>
        <source>The {what} could not be downloaded from {url} ({reason}).</source>
        <translation>无法从 {url} 下载{what}（{reason}）。</translation>
    </message>
    <message>
        <source>The {what} at {url} are larger than expected ({size} bytes); nothing was kept.</source>
        <translation>{url} 上的{what}比预期的大（{size} 字节）；没有保存任何内容。</translation>
    </message>
    <message>
        <source>The {what} at {url} are larger than expected; nothing was kept.</source>
        <translation>{url} 上的{what}比预期的大；没有保存任何内容。</translation>
    </message>
    <message>
        <source>The class '{name}' is not one this model knows ({known}).</source>
        <translation>这个模型不认识类别“{name}”（它认识的类别：{known}）。</translation>
    </message>
    <message>
        <source>None of the examples could be read.</source>
        <translation>没有一个示例能读取。</translation>
    </message>
    <message>
        <source>A class needs a name.</source>
        <translation>类别需要一个名称。</translation>
    </message>
    <message>
        <source>There is already a class called '{name}'.</source>
        <translation>已经有一个名为“{name}”的类别。</translation>
    </message>
    <message>
        <source>'{name}' is a folder, not a {kind}.</source>
        <translation>“{name}”是一个文件夹，不是{kind}。</translation>
    </message>
    <message>
        <source>'{name}' is {size}; {kind}s over {limit} are not read.</source>
        <translation>“{name}”大小为 {size}；超过 {limit} 的{kind}不会被读取。</translation>
    </message>
    <message>
        <source>The {kind} '{name}' could not be found.</source>
        <translation>找不到{kind}“{name}”。</translation>
    </message>
    <message>
        <source>The folder '{path}' does not exist.</source>
        <translation>文件夹“{path}”不存在。</translation>
    </message>
    <message>
        <source>'{path}' is not a folder.</source>
        <translation>“{path}”不是文件夹。</translation>
    </message>
    <message>
        <source>Unknown kind of data '{name}'.</source>
        <translation>未知的数据类型“{name}”。</translation>
    </message>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>这台电脑上没有找到麦克风。</translation>
    </message>
    <message>
        <source>Recording needs the PortAudio sound library, which is not installed on this computer (on Debian or Ubuntu: apt-get install libportaudio2).</source>
        <translation>录音需要 PortAudio 声音库，但这台电脑上没有安装（Debian 或 Ubuntu 上：apt-get install libportaudio2）。</translation>
    </message>
    <message>
        <source>The computer's sound system could not be opened.</source>
        <translation>无法打开电脑的声音系统。</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}).</source>
        <translation>无法打开麦克风（{reason}）。</translation>
    </message>
    <message>
        <source>This sound model has not learnt its sound levels yet: it must be trained first.</source>
        <translation>这个声音模型还没有学到声音的音量水平：必须先训练它。</translation>
    </message>
    <message>
        <source>Sound examples must be files.</source>
        <translation>声音示例必须是文件。</translation>
    </message>
    <message>
        <source>No speakers or headphones were found on this computer.</source>
        <translation>这台电脑上没有找到扬声器或耳机。</translation>
    </message>
    <message>
        <source>The sound could not be played ({reason}).</source>
        <translation>无法播放声音（{reason}）。</translation>
    </message>
    <message>
        <source>WAV, FLAC, OGG, Opus or MP3</source>
        <translation>WAV、FLAC、OGG、Opus 或 MP3</translation>
    </message>
    <message>
        <source>sound file</source>
        <translation>声音文件</translation>
    </message>
    <message>
        <source>The sound file '{name}' is empty (0 bytes).</source>
        <translation>声音文件“{name}”是空的（0 字节）。</translation>
    </message>
    <message>
        <source>The sound file '{name}' claims {rate} samples a second, which cannot be right: it is damaged.</source>
        <translation>声音文件“{name}”声称每秒 {rate} 个采样，这不可能正确：文件已损坏。</translation>
    </message>
    <message>
        <source>The sound file '{name}' claims {channels} channels; mmstudio reads up to {most}.</source>
        <translation>声音文件“{name}”声称有 {channels} 个声道；mmstudio 最多读取 {most} 个。</translation>
    </message>
    <message>
        <source>The sound file '{name}' holds no sound.</source>
        <translation>声音文件“{name}”中没有声音。</translation>
    </message>
    <message>
        <source>'{name}' lasts {duration}; recordings over 2 hours are not read.</source>
        <translation>“{name}”时长 {duration}；超过 2 小时的录音不会被读取。</translation>
    </message>
    <message>
        <source>The sound file '{name}' holds invalid samples (not numbers).</source>
        <translation>声音文件“{name}”包含无效的采样（不是数值）。</translation>
    </message>
    <message>
        <source>The sound file '{name}' is damaged or incomplete.</source>
        <translation>声音文件“{name}”已损坏或不完整。</translation>
    </message>
    <message>
        <source>The sound file '{name}' could not be opened.</source>
        <translation>无法打开声音文件“{name}”。</translation>
    </message>
    <message>
        <source>'{name}' is {format}, which mmstudio cannot read: convert it to {formats} first.</source>
        <translation>“{name}”是 {format} 格式，mmstudio 无法读取：请先将它转换为 {formats}。</translation>
    </message>
    <message>
        <source>'{name}' is not a sound file mmstudio can read ({formats}).</source>
        <translation>“{name}”不是 mmstudio 能读取的声音文件（{formats}）。</translation>
    </message>
    <message>
        <source>'{name}' lasts {duration}; it is read in clips, not whole.</source>
        <translation>“{name}”时长 {duration}；它会被分段读取，而不是整体读取。</translation>
    </message>
    <message>
        <source>There is no {medium} model called '{model}'. Choose one of: {choices}.</source>
        <translation>没有名为“{model}”的 {medium} 模型。请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <source>Train a MobileNetV3 image model once on a computer with internet access (the weights download by themselves), or train one with --weights FILE, FILE being mobilenet_v3_small-047dcff4.pth from torchvision.</source>
        <translation>在能上网的电脑上训练一次 MobileNetV3 图片模型（权重会自动下载），或者用 --weights FILE 训练，FILE 是 torchvision 的 mobilenet_v3_small-047dcff4.pth。</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>The image '{name}' is too large to open safely (too many pixels).</source>
        <translation>图片“{name}”太大，无法安全打开（像素太多）。</translation>
    </message>
    <message>
        <source>The image '{name}' is empty (0 bytes).</source>
        <translation>图片“{name}”是空的（0 字节）。</translation>
    </message>
    <message>
        <source>'{name}' is not an image mmstudio can read.</source>
        <translation>“{name}”不是 mmstudio 能读取的图片。</translation>
    </message>
    <message>
        <source>The image '{name}' is damaged or incomplete.</source>
        <translation>图片“{name}”已损坏或不完整。</translation>
    </message>
    <message>
        <source>Image examples must be files.</source>
        <translation>图片示例必须是文件。</translation>
    </message>
    <message>
        <source>MobileNetV3 (small) weights</source>
        <translation>MobileNetV3（小型）权重</translation>
    </message>
    <message>
        <source>'{name}' does not hold {what}.</source>
        <translation>“{name}”里不是{what}。</translation>
    </message>
    <message>
        <source>This model needs the {what} it was trained with, which are not on this computer. {how_to_get}</source>
        <translation>这个模型需要训练它时所用的{what}，但这台电脑上没有。{how_to_get}</translation>
    </message>
    <message>
        <source>The weights file '{path}' does not exist.</source>
        <translation>权重文件“{path}”不存在。</translation>
    </message>
    <message>
        <source>The weights address {url} does not end in a name with a checksum (name-1234abcd.pth).</source>
        <translation>权重地址 {url} 的结尾不是带校验值的文件名（name-1234abcd.pth）。</translation>
    </message>
    <message>
        <source>'{name}' holds weights that are not numbers (NaN or infinity).</source>
        <translation>“{name}”里有不是数值的权重（NaN 或无穷大）。</translation>
    </message>
    <message>
        <source>'{name}' is not a weights file mmstudio can read safely (.pth or .safetensors).</source>
        <translation>“{name}”不是 mmstudio 能安全读取的权重文件（.pth 或 .safetensors）。</translation>
    </message>
    <message>
        <source>{problem} {how_to_get}</source>
        <translation>{problem} {how_to_get}</translation>
    </message>
    <message>
        <source>The {what} must be prepared before training.</source>
        <translation>训练前必须先准备好{what}。</translation>
    </message>
    <message>
        <source>'{name}' must start with {pad} and {unk}</source>
        <translation>“{name}”必须以 {pad} 和 {unk} 开头</translation>
    </message>
    <message>
        <source>text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>'{name}' could not be read: its characters are in an encoding mmstudio does not recognise. Save it as UTF-8 text and try again.</source>
        <translation>无法读取“{name}”：其字符编码 mmstudio 无法识别。请将它另存为 UTF-8 文本后重试。</translation>
    </message>
    <message>
        <source>The file '{name}' could not be read: {reason}.</source>
        <translation>无法读取文件“{name}”：{reason}。</translation>
    </message>
    <message>
        <source>'{name}' looks like a binary file, not text.</source>
        <translation>“{name}”看起来是二进制文件，而不是文本。</translation>
    </message>
    <message>
        <source>'{name}' says it is {kind} text but is damaged.</source>
        <translation>“{name}”标明是 {kind} 文本，但已损坏。</translation>
    </message>
    <message>
        <source>'{name}' is not a table. Give a .csv, .tsv or .jsonl file, or a folder with one sub-folder of .txt files per class.</source>
        <translation>“{name}”不是表格。请给出一个 .csv、.tsv 或 .jsonl 文件，或者一个文件夹，其中每个类别有一个存放 .txt 文件的子文件夹。</translation>
    </message>
    <message>
        <source>Text and label columns can only be chosen for a table (.csv, .tsv, .jsonl), not a folder.</source>
        <translation>只有表格（.csv、.tsv、.jsonl）才能选择文本列和标签列，文件夹不行。</translation>
    </message>
    <message>
        <source>An example is empty: type some text.</source>
        <translation>有一个示例是空的：请输入一些文字。</translation>
    </message>
    <message>
        <source>This text model has no vocabulary yet: it must be trained first.</source>
        <translation>这个文本模型还没有词表：必须先训练它。</translation>
    </message>
    <message>
        <source>'{name}' holds no rows with both a text and a label.</source>
        <translation>“{name}”中没有同时包含文本和标签的行。</translation>
    </message>
    <message>
        <source>The text file '{name}' is empty.</source>
        <translation>文本文件“{name}”是空的。</translation>
    </message>
    <message>
        <source>There is no column '{column}' for the {role} in '{name}'. The columns are: {available} (or their numbers, starting at 0).</source>
        <translation>“{name}”中没有可作为{role}的列“{column}”。现有的列是：{available}（也可以用列的编号，从 0 开始）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>The table '{name}' is empty.</source>
        <translation>表格“{name}”是空的。</translation>
    </message>
    <message>
        <source>'{name}' holds no JSON objects such as {{"text": "...", "label": "..."}}.</source>
        <translation>“{name}”中没有 {{"text": "...", "label": "..."}} 这样的 JSON 对象。</translation>
    </message>
    <message>
        <source>'{name}' is not a JSON Lines file: no line holds a JSON object.</source>
        <translation>“{name}”不是 JSON Lines 文件：没有一行是 JSON 对象。</translation>
    </message>
    <message>
        <source>'{name}' must hold a list of objects such as {{"text": "...", "label": "..."}}.</source>
        <translation>“{name}”必须包含由 {{"text": "...", "label": "..."}} 这样的对象组成的列表。</translation>
    </message>
    <message>
        <source>The table '{name}' has only one column; it needs a text column and a label column.</source>
        <translation>表格“{name}”只有一列；它需要一个文本列和一个标签列。</translation>
    </message>
    <message>
        <source>The table '{name}' could not be read: {reason}.</source>
        <translation>无法读取表格“{name}”：{reason}。</translation>
    </message>
    <message>
        <source>'{name}' is not valid JSON ({reason} on line {line}).</source>
        <translation>“{name}”不是有效的 JSON（第 {line} 行：{reason}）。</translation>
    </message>
    <message>
        <source>The text and the label cannot both be the column '{column}'.</source>
        <translation>文本和标签不能同为“{column}”列。</translation>
    </message>
    <message>
        <source>The model's vocabulary is damaged (it must start with &lt;pad&gt; and &lt;unk&gt;).</source>
        <translation>模型的词表已损坏（它必须以 &lt;pad&gt; 和 &lt;unk&gt; 开头）。</translation>
    </message>
    <message>
        <source>The model's vocabulary is damaged (a word appears twice).</source>
        <translation>模型的词表已损坏（有一个词出现了两次）。</translation>
    </message>
    <message>
        <source>The model's vocabulary is damaged.</source>
        <translation>模型的词表已损坏。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <source>the server could not be reached, perhaps because this computer is offline</source>
        <translation>无法连接到服务器，可能是这台电脑没有联网</translation>
    </message>
    <message>
        <source>the server was not found, perhaps because this computer is offline</source>
        <translation>找不到服务器，可能是这台电脑没有联网</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>服务器拒绝了连接</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>服务器没有及时响应</translation>
    </message>
    <message>
        <source>the connection was cut off</source>
        <translation>连接被中断了</translation>
    </message>
    <message>
        <source>mmstudio is not allowed to use that file or folder</source>
        <translation>mmstudio 没有使用该文件或文件夹的权限</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>{count} example(s) could not be read and were left out.</source>
        <translation>有 {count} 个示例无法读取，已被略过。</translation>
    </message>
    <message>
        <source>{count} example(s) have the same content as another one (a copy, or a link to the same file). Each is counted once when the model is checked on held-back examples.</source>
        <translation>有 {count} 个示例与另一个示例内容相同（副本，或指向同一文件的链接）。在留出的示例上检验模型时，每个只算一次。</translation>
    </message>
    <message>
        <source>{count} example(s) appear in more than one class (for example in '{first}' and '{second}'). The same example with two labels confuses the model.</source>
        <translation>有 {count} 个示例出现在多个类别中（例如“{first}”和“{second}”）。同一个示例带两个标签会让模型混淆。</translation>
    </message>
    <message>
        <source>And {count} more.</source>
        <translation>另有 {count} 个。</translation>
    </message>
    <message>
        <source>The class '{name}' is not in the list of classes.</source>
        <translation>类别“{name}”不在类别列表中。</translation>
    </message>
    <message>
        <source>There are too few different examples to hold some back for checking. Add at least 2 per class (copies count once).</source>
        <translation>不同的示例太少，无法留出一部分用于检验。请每个类别至少添加 2 个（副本只算一次）。</translation>
    </message>
    <message>
        <source>To train a loaded model further, keep its kind of model.</source>
        <translation>要继续训练已加载的模型，请保留它的模型类型。</translation>
    </message>
    <message>
        <source>To train a loaded model further, keep its classes (same names, same order).</source>
        <translation>要继续训练已加载的模型，请保留它的类别（名称相同，顺序相同）。</translation>
    </message>
    <message>
        <source>Training was stopped before it began.</source>
        <translation>训练在开始之前就已停止。</translation>
    </message>
    <message>
        <source>A model cannot be made with these settings: {reason}.</source>
        <translation>无法用这些设置创建模型：{reason}。</translation>
    </message>
    <message>
        <source>The computer ran out of memory. Try a smaller image size, batch size or fewer examples.</source>
        <translation>电脑内存不足。请尝试更小的图片尺寸、更小的批大小或更少的示例。</translation>
    </message>
    <message>
        <source>The graphics card ran out of memory. Try a smaller batch size or image size.</source>
        <translation>显卡内存不足。请尝试更小的批大小或图片尺寸。</translation>
    </message>
    <message>
        <source>'{name}' is not an mmstudio project, or it is damaged: {reason}.</source>
        <translation>“{name}”不是 mmstudio 项目，或者已损坏：{reason}。</translation>
    </message>
    <message>
        <source>'{name}' is too large to be an mmstudio project.</source>
        <translation>“{name}”太大，不可能是 mmstudio 项目。</translation>
    </message>
    <message>
        <source>'{name}' is not an mmstudio project.</source>
        <translation>“{name}”不是 mmstudio 项目。</translation>
    </message>
    <message>
        <source>'{name}' must name a model file inside the project's folder</source>
        <translation>“{name}”必须是项目文件夹内的模型文件</translation>
    </message>
    <message>
        <source>The project could not be saved to '{path}': {reason}.</source>
        <translation>无法将项目保存到“{path}”：{reason}。</translation>
    </message>
    <message>
        <source>'{name}' must be true or false, a number, a short text or a short list of them</source>
        <translation>“{name}”必须是 true 或 false、数值、短文本，或由它们组成的短列表</translation>
    </message>
    <message>
        <source>'{name}' must be a file</source>
        <translation>“{name}”必须是一个文件</translation>
    </message>
    <message>
        <source>'{name}' was saved by a newer version of mmstudio. Please update mmstudio.</source>
        <translation>“{name}”由更新版本的 mmstudio 保存。请更新 mmstudio。</translation>
    </message>
    <message>
        <source>'{name}' holds {medium} data, which this version of mmstudio does not know.</source>
        <translation>“{name}”包含 {medium} 数据，此版本的 mmstudio 不认识这种数据。</translation>
    </message>
    <message>
        <source>The project file '{path}' does not exist.</source>
        <translation>项目文件“{path}”不存在。</translation>
    </message>
    <message>
        <source>The project file '{name}' could not be read: {reason}.</source>
        <translation>无法读取项目文件“{name}”：{reason}。</translation>
    </message>
    <message>
        <source>'{name}' is not an mmstudio project: it is not valid JSON.</source>
        <translation>“{name}”不是 mmstudio 项目：它不是有效的 JSON。</translation>
    </message>
    <message>
        <source>'{name}' is empty, padded, or there twice</source>
        <translation>“{name}”为空、首尾有空格，或者重复出现</translation>
    </message>
    <message>
        <source>{reason} The examples and settings were kept.</source>
        <translation>{reason} 示例和设置已保留。</translation>
    </message>
    <message>
        <source>'{name}' must be a file or a typed text</source>
        <translation>“{name}”必须是一个文件或一段输入的文字</translation>
    </message>
    <message>
        <source>'{name}' must be a number from {low} to {high}</source>
        <translation>“{name}”必须是 {low} 到 {high} 之间的数值</translation>
    </message>
    <message>
        <source>'{name}' must be a number of at least {low}</source>
        <translation>“{name}”必须是不小于 {low} 的数值</translation>
    </message>
    <message>
        <source>'{name}' must be a number of at least {low} and below {high}</source>
        <translation>“{name}”必须是不小于 {low} 且小于 {high} 的数值</translation>
    </message>
    <message>
        <source>'{name}' must be a whole number from {low} to {high}</source>
        <translation>“{name}”必须是 {low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <source>'{name}' must be a number</source>
        <translation>“{name}”必须是数值</translation>
    </message>
    <message>
        <source>'{name}' must be a text of {low} to {high} characters</source>
        <translation>“{name}”必须是 {low} 到 {high} 个字符的文字</translation>
    </message>
    <message>
        <source>'{name}' must be true or false</source>
        <translation>“{name}”必须是 true 或 false</translation>
    </message>
    <message>
        <source>'{name}' must be one of: {choices}</source>
        <translation>“{name}”必须是以下之一：{choices}</translation>
    </message>
    <message>
        <source>'{name}' must be a list of {low} to {high} entries</source>
        <translation>“{name}”必须是含 {low} 到 {high} 项的列表</translation>
    </message>
    <message>
        <source>'{name}' must be a JSON object of at most {count} entries</source>
        <translation>“{name}”必须是最多含 {count} 项的 JSON 对象</translation>
    </message>
    <message>
        <source>'{name}' is not a setting this version of mmstudio knows</source>
        <translation>“{name}”不是这个版本的 mmstudio 认识的设置</translation>
    </message>
    <message>
        <source>'the description' must be a JSON object of at most {count} entries</source>
        <translation>描述必须是最多含 {count} 项的 JSON 对象</translation>
    </message>
    <message>
        <source>'{name}' is missing</source>
        <translation>缺少“{name}”</translation>
    </message>
    <message>
        <source>'{name}' has {entry} twice</source>
        <translation>“{name}”中 {entry} 出现了两次</translation>
    </message>
    <message>
        <source>The model '{name}' was left out of the search: it could not read every example.</source>
        <translation>模型“{name}”未参与搜索：它无法读取所有示例。</translation>
    </message>
    <message>
        <source>The time budget must be between {least} seconds and {most} hours, such as {usual} seconds.</source>
        <translation>时间预算必须在 {least} 秒到 {most} 小时之间，例如 {usual} 秒。</translation>
    </message>
    <message>
        <source>None of the models can run on this computer. The first one left out: {reason}</source>
        <translation>没有一个模型能在这台电脑上运行。第一个被排除的原因：{reason}</translation>
    </message>
    <message>
        <source>The search was stopped before any model was trained.</source>
        <translation>搜索在训练任何模型之前就已停止。</translation>
    </message>
    <message>
        <source>The time budget was spent before these models could be tried: {names}.</source>
        <translation>时间预算已用完，这些模型未能尝试：{names}。</translation>
    </message>
    <message>
        <source>it needs the package '{package}', which is not installed</source>
        <translation>它需要软件包“{package}”，但该软件包未安装</translation>
    </message>
    <message>
        <source>The model '{name}' was left out of the search: {reason}.</source>
        <translation>模型“{name}”未参与搜索：{reason}。</translation>
    </message>
    <message>
        <source>The model '{name}' was left out of the search: {reason}</source>
        <translation>模型“{name}”未参与搜索：{reason}</translation>
    </message>
    <message>
        <source>The number of epochs must be at least 1.</source>
        <translation>训练轮数至少为 1。</translation>
    </message>
    <message>
        <source>The batch size must be at least 1.</source>
        <translation>批大小至少为 1。</translation>
    </message>
    <message>
        <source>The learning rate must be a small positive number, such as 0.001.</source>
        <translation>学习率必须是一个较小的正数，例如 0.001。</translation>
    </message>
    <message>
        <source>The validation share must be between 0.05 and 0.5.</source>
        <translation>验证集比例必须在 0.05 到 0.5 之间。</translation>
    </message>
    <message>
        <source>The learning-rate schedule must be one of {choices}, not '{schedule}'.</source>
        <translation>学习率调度必须是 {choices} 之一，而不是“{schedule}”。</translation>
    </message>
    <message>
        <source>The weight decay must be between 0 and 1, such as 0.01 (0 turns it off).</source>
        <translation>权重衰减必须在 0 到 1 之间，例如 0.01（0 表示关闭）。</translation>
    </message>
    <message>
        <source>The patience must be 0 (never stop early) or a number of epochs, such as 5.</source>
        <translation>耐心值必须为 0（从不提前停止）或一个轮数，例如 5。</translation>
    </message>
</context>
<context><name>ModalityTab</name><message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="76" />
        <source>Supported files (%1)</source>
        <translation>支持的文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../mmstudio/gui/tabs/hooks.py" line="79" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
</context></TS>