<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AtomicWrite</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2. Choose an existing folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InferenceRuns</name>
    <message>
        <source>The model file &apos;%1&apos; has no fitted thresholds for class &apos;%2&apos;: fit them (mddnet thresholds fit) or train the model to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset&apos;s %1 split has no images of the model&apos;s classes (%2): load a dataset of those classes or choose another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference with &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist: choose a folder of images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; holds no images (png, jpg, bmp, tif, webp): choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has no class &apos;%1&apos; (its classes: %2): choose one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model cannot tell this image&apos;s class: choose a class.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSchema</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer MDD-Net Inspector (schema %1, this version reads up to %2). Update the application to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the schema upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema upgrade to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name was given. Choose a .%1 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder. Choose a .%1 file or a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be created. Choose a writable location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1). Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an MDD-Net Inspector project (not a SQLite database). The file was left unchanged; open a .%1 file or create a new project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is missing. Reinstall MDD-Net Inspector or install the Qt 6 SQLite plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot open it (%1). Check the file&apos;s permissions and free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read as a SQLite database (%1). The file was left unchanged; open a .%2 file or create a new project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a SQLite database of another application, not an MDD-Net Inspector project. The file was left unchanged; open a .%1 file or create a new project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite refused its settings (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder does not support SQLite&apos;s write-ahead log (a network drive?). Move the project to a local disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the models folder %1. Check the permissions of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check returned nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the project %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open. Open or create a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the project %1: %2. Close other programs that use it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to the project %1: %2. Check the free disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset has no folder. Choose the dataset&apos;s root folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up the dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset folder %1 is already in this project. Choose another folder, or remove the existing dataset first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dataset %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown training status &quot;%1&quot;; use running, finished, cancelled or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the training run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update training run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training run %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the training runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has no file path. Save the model file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up training run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 names training run %2, which is not in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare storing inference results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store inference result %1 of %2 (image &quot;%3&quot;, model %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the image path is empty. Nothing of this batch was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: model %2 is not in this project. Nothing of this batch was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the inference results of model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review label has no image path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown review decision &quot;%1&quot; for %2; use good or defect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the review label of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the review label of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no review label for %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the review labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCases</name>
    <message>
        <source>Cannot load the model &apos;%1&apos; for the example overlays: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected defects (highest scores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest-scoring normal images (false alarms first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest-scoring defects (misses first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>%1: image scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw image score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scored images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anomalous (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlabelled (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ROC, I-AUROC %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ROC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false-positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true-positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs normal and anomalous images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>Cannot read the model file &apos;%1&apos;: %2. Choose the model the results came from and run it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF writer could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1-optimal on the validation split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest normal validation score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target false-positive rate %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fused A_TR + A_RI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teacher vs restoration (A_TR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoration vs identity (A_RI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean of the top %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max after %1 px pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, Gaussian sigma %2, image score = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file stores no thresholds for this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image score range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel score range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (needs review between)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defect (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 (raw %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overlay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDD-Net model report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, batch size %3, %4 on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded in the model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 images, %3 with ground truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics: the run had no ground truth. Run the model on a dataset split to get them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per class, in percent; mAD is the mean of the seven; the last row is the mean over classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-AUROC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-F1max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-AUROC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-F1max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AU-PRO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions at the stored thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts of this run; a false alarm is a normal image not called good, a miss a defect called good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: score histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ROC curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDD-Net model report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewRecorder</name>
    <message>
        <source>No project is open, so the decision on %1 cannot be stored. Open or create a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no review decision to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open, so the decision cannot be undone. Reopen the project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlTransaction</name>
    <message>
        <source>no transaction is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui</name>
    <message>
        <source>F1-optimal needs both normal and anomalous images with ground truth in these results; use max normal score or target FPR instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs normal images with ground truth in these results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::AboutDialog</name>
    <message>
        <source>About MDD-Net Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;MDD-Net Inspector %1&lt;/h2&gt;&lt;p&gt;Multi-class unsupervised anomaly detection with a memory-augmented dual-decoder network.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibTorch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLAS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU cores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torch threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher weights:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::ClassCountTable</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::ConfusionView</name>
    <message>
        <source>Of the images not passed as good, the share that are defects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the defect images, the share not passed as good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the good images, the share not passed as good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: ground truth · columns: verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FPR: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::CurvePlots</name>
    <message>
        <source>false-positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true-positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC: needs normal and anomalous images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC · AUROC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision-recall: needs anomalous images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision-recall · AP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::DatasetBrowser</name>
    <message>
        <source>Show one class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show by review label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::DatasetImportDialog</name>
    <message>
        <source>New dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder that holds the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise the layout from the folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MVTec AD (many classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;class&gt;/train/good, &lt;class&gt;/test/&lt;defect&gt;, &lt;class&gt;/ground_truth/&lt;defect&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MVTec AD (one class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train/good, test/&lt;defect&gt;, ground_truth/&lt;defect&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VisA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split_csv/1cls.csv next to the class folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder good/ + defect/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good/ and one folder per defect type; masks optional in masks/&lt;defect&gt;/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected layout: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dataset folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected layout: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected one of these layouts:
• MVTec AD, many classes: &lt;class&gt;/train/good, &lt;class&gt;/test/&lt;defect&gt;, &lt;class&gt;/ground_truth/&lt;defect&gt;
• MVTec AD, one class: train/good, test/&lt;defect&gt;, ground_truth/&lt;defect&gt;
• VisA: split_csv/1cls.csv
• Folder: good/ and one folder per defect type (masks optional in masks/&lt;defect&gt;/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist. Choose an existing folder.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, not a folder. Choose the folder that holds the dataset.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; cannot be read. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known dataset layout in &apos;%1&apos;.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the dataset in &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected layout: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — read as %1, as chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — nothing to import; see the problems above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::DemoProject</name>
    <message>
        <source>Generating the demo dataset in %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the demo project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo dataset...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the demo model (a few minutes on a CPU; only the first time)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the demo model on the test images...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training of the demo model was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the model&apos;s memory (t-SNE)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the model report...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::ImageViewer</name>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the original and the overlay next to each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the single view between the overlay and the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel zooms under the mouse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel zooms under the mouse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the heatmap over the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay: heatmap, predicted defect (red), ground truth (white)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result has no anomaly map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No heatmap for &apos;%1&apos;: %2. Fit the model&apos;s thresholds or run the model again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show overlay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::LoadIssueList</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::LossPlot</name>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distillation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory reconstruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic loss axis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::MainWindow</name>
    <message>
        <source>MDD-Net Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no result yet: run the model first (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Dataset...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Model on Test Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Model on &amp;Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MDD-Net Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU: %1 threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device used for training and inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the training and quit? A checkpoint is saved; Resume continues it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector projects (*.mddproj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of images to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is running: cancel it before switching projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — MDD-Net Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1; loading its datasets...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in %1 class(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dataset with normal training images first (Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model trained: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no model yet: train one first (Ctrl+T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the model first (Ctrl+R): the report describes a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed good image(s) added to the next training run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds saved into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::MemoryInspector</name>
    <message>
        <source>t-SNE: %1 of %2 iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or train a model to inspect its class-aware memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Compute to lay out the memory items of %1 with t-SNE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no class-aware memory: it was trained with the memory switched off. Train a model with the memory on to inspect its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the previous layout is still shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n items)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laid out %n memory items in %1 s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export yet: press Compute to lay out the memory first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the memory plot as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the memory plot as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t-SNE layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective number of neighbours; lowered for scales with few items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perplexity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for a random start of the layout. The same settings always give the same layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iterations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::MemoryJob</name>
    <message>
        <source>No model is open: open or train a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no class-aware memory: it was trained with the memory switched off. Train a model with the memory on to inspect its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not analyse the memory of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::MemoryPlotExport</name>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to, with free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no temporary folder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plot could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMM memory items (t-SNE)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::MemoryScaleStats</name>
    <message>
        <source>This scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in this scale&apos;s memory banks, over all classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class-specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items whose class probabilities favour few classes: coloured by the class whose bank they live in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class-shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 10% of items with the highest entropy of their class probabilities: grey, joined to their two most probable classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest entropy (nats) among the class-shared items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perplexity used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The t-SNE perplexity, lowered to (items - 1) / 3 for few items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well the t-SNE points cluster by owner class, from -1 to 1: higher is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Davies-Bouldin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean similarity of each class cluster to its closest other one: lower is better, 0 is best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trustworthiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well the 2-D neighbourhoods keep the items&apos; own neighbours, from 0 to 1: higher is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::MemoryScatter</name>
    <message>
        <source>t-SNE 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t-SNE 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class-shared (highest entropy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMM memory items (t-SNE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMM memory items, %1 scale (t-SNE)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::MemoryText</name>
    <message>
        <source>fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coarse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory item of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scale · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class-shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class-specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entropy %1 nats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class probabilities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more classes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mddui::MetricsTable</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-AUROC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-F1max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-AUROC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-F1max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AU-PRO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics in percent on this split&apos;s ground truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::OverlayExportJob</name>
    <message>
        <source>Cannot create the folder &apos;%1&apos;: choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the model &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference with &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::ProgressText</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 / %2 · %3 img/s · ETA %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 / %2  loss %3 (restoration %4, identity %5, distillation %6, memory class %7, memory reconstruction %8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  lr %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::ProjectPage</name>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add dataset...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;span&gt;%2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No project open&lt;/h2&gt;&lt;span&gt;Create a project (Ctrl+N), open one (Ctrl+O), or drop an image folder on the window.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the datasets...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), no problems.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s); problems:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file %1 is missing: it was moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::ProjectSession</name>
    <message>
        <source>%1 already exists: open it, or choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open: create or open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::ReportDialog</name>
    <message>
        <source>Export model report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report file, e.g. model-report.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML and PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlays per class of detected defects, of the highest-scoring normal images and of the lowest-scoring defects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Examples per class and kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of the model %1 on %2: %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results to report yet: run a model on a dataset split first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write the report to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples without overlay: %1 (first: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no report was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::ReportJob</name>
    <message>
        <source>Choose where to write the report: no HTML or PDF file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report &apos;%1&apos;: the folder &apos;%2&apos; does not exist. Choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report &apos;%1&apos;: it is a folder. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the charts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the example overlays...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::ResultsPanel</name>
    <message>
        <source>Choose a model and the images to run it on, then press Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every row as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every row and the metrics as a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export overlays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one heatmap overlay PNG per image into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model file first (Browse…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no test images: add a dataset with a test split, or run the model on a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of images first (Browse…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n images in %1 s: %2 defect, %3 needs review, %4 good</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be read (their rows say why)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> — cancelled: the results cover the images done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no result: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to &apos;%1&apos;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting overlays</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n overlay images.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> Cancelled before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n failed; the first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the overlay images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::ResultsTableModel</name>
    <message>
        <source>Defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defect (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::ReviewImageLabel</name>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show this image: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::ReviewPanel</name>
    <message>
        <source>Run a model on images (Results page) to fill the review queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results to review: run a model on images first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) to review, most uncertain first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown review decision &quot;%1&quot;; use good or defect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image to decide on: run a model on images first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decided %2. Every image in the queue is reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decided %2 and stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs review: the model gives no verdict to accept. Press G (good) or D (defect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1 is %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1 is unreviewed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results to review yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the heatmap of %1: %2 The plain image is shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n image(s) with their decisions to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export review decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image reviewed as good is waiting to be added to training. Confirm good images with G first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) reviewed as good will be added to the next training run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Review queue — most uncertain first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the images that already have a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every queued image with its verdict, decision and note as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reviewed good to training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the images you confirmed as good to the next training run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional note, stored with the decision (Esc returns to the queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide: this image is good, then go to the next unreviewed one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide: this image is defective, then go to the next unreviewed one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept verdict (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the model&apos;s verdict as the decision (not for needs review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last decision; press again to go further back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous image in the queue (K or Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next image in the queue (J or Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · class %2 · raw score %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, score %2, class %3, decision: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::ReviewQueueModel</name>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator score %1 (raw %2); 0.5 is the class&apos;s threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::RunControls</name>
    <message>
        <source>Model file (.mdda)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test split of the project&apos;s datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder (searched with its subfolders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images&apos; product class; Automatic lets the model recognise it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the model on the chosen images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current batch; the images done are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Test split of the project&apos;s datasets (%n images)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: loading the model and the first images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 images · ETA %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file &apos;%1&apos; does not exist: choose another model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDD-Net models (*.mdda);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::SampleListModel</name>
    <message>
        <source>%1
Class: %2
Split: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Defect type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Reviewed as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::ScoreHistogram</name>
    <message>
        <source>raw image score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anomalous (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlabelled (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::ThresholdWorkbench</name>
    <message>
        <source>The model&apos;s thresholds of %1 are invalid, so those rows keep their verdicts; retrain or refit the class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the thresholds: the model file %1 does not exist. Choose the model these results came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the thresholds into %1: %2. The file was left as it was; check that it is the model these results came from and can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fit the threshold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted on this run&apos;s %1 normal and %2 anomalous images of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the model&apos;s thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These thresholds cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1-optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max normal score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target FPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing a method fits the threshold on this run&apos;s scores of the class (images with ground truth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this share of normal images is called a defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw image score: a score above it is a defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target FPR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs-review band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores above T2 are defects, between T1 and T2 need review, at or below T1 are good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T1 (review above):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T2 (defect above):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the thresholds the model was loaded with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every class&apos;s thresholds into the model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thresholds to tune: run a model on images first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has no results of class %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images: %2 good, %3 need review, %4 defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images: %2 good, %3 defect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::TrainingForm</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pretrained teacher network whose features MDD-Net restores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backbone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side of the square network input; larger finds smaller defects but trains slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the training images (ignored when iterations are set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per step; lower it when memory runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train exactly this many steps; 0 trains the epochs above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;terations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At batch 16; scaled with the batch size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed and settings train the same model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each class&apos;s normal training images kept aside to fit its thresholds; changing it reloads the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validation fraction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterbox (keep aspect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squash to square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aspect handling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class-aware memory (CMM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-class memory banks on the restoration path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher vs restoration (A_TR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoration vs identity (A_RI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly &amp;map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only on cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checkpoint every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weights not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::TrainingJob</name>
    <message>
        <source>No model file is chosen: set where the trained model is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 for the model file does not exist: choose another location for the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset has no normal training images: load a dataset with train/good images (or a good/ folder) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &apos;%1&apos; has no validation images, so its thresholds cannot be fitted after training: raise the validation fraction (or add normal training images) and reload the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint %1 does not exist: start a new training instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed with an unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 training on %2 images of %3 classes: backbone %4, %5 px, batch %6, device %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after step %1 of %2; the checkpoint %3 lets Resume continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting each class&apos;s thresholds on %1 validation images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while fitting thresholds: the trained model was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::TrainingPanel</name>
    <message>
        <source>No dataset loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the cancelled run from its checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training messages appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset: 1 class, %1 training and %2 validation images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset: %1 classes, %2 training and %3 validation images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no checkpoint %1 to resume: start a new training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming with the settings of the cancelled run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1 steps in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled at step %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: see the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a dataset with normal training images first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the model file is saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a new model from the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::ViewerImageLoader</name>
    <message>
        <source>the model cannot tell this image&apos;s class: choose a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mddui::WorkbenchMetricsTable</name>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-AUROC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I-F1max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-AUROC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-F1max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AU-PRO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the current threshold, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the run, independent of the threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
