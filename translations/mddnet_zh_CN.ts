<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AtomicWrite</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2. Choose an existing folder you can write to.</source>
        <translation>无法写入“%1”：%2。请选择一个存在且可写入的文件夹。</translation>
    </message>
    <message>
        <source>the folder &apos;%1&apos; does not exist</source>
        <translation>文件夹“%1”不存在</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: the disk is full. Free space on it or choose another folder, then save again; the previous file is unchanged.</source>
        <translation>无法写入“%1”：磁盘已满。请释放该磁盘上的空间或选择其他文件夹，然后重新保存；之前的文件保持不变。</translation>
    </message>
</context>
<context>
    <name>InferenceRuns</name>
    <message>
        <source>The model file &apos;%1&apos; has no fitted thresholds for class &apos;%2&apos;: fit them (mddnet thresholds fit) or train the model to the end.</source>
        <translation>模型文件“%1”中没有类别“%2”的已拟合阈值：请拟合阈值（mddnet thresholds fit），或将模型训练完成。</translation>
    </message>
    <message>
        <source>The dataset&apos;s %1 split has no images of the model&apos;s classes (%2): load a dataset of those classes or choose another model.</source>
        <translation>数据集的 %1 子集中没有该模型所含类别（%2）的图像：请加载包含这些类别的数据集，或选择其他模型。</translation>
    </message>
    <message>
        <source>Inference with &apos;%1&apos; failed: %2</source>
        <translation>使用“%1”推理失败：%2</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist: choose a folder of images.</source>
        <translation>文件夹“%1”不存在：请选择一个图像文件夹。</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; holds no images (png, jpg, bmp, tif, webp): choose another folder.</source>
        <translation>文件夹“%1”中没有图像（png、jpg、bmp、tif、webp）：请选择其他文件夹。</translation>
    </message>
    <message>
        <source>The model has no class &apos;%1&apos; (its classes: %2): choose one of those.</source>
        <translation>模型中没有类别“%1”（其类别为：%2）：请从中选择一个。</translation>
    </message>
    <message>
        <source>The model cannot tell this image&apos;s class: choose a class.</source>
        <translation>模型无法判断此图像的类别：请选择一个类别。</translation>
    </message>
</context>
<context>
    <name>InspectorMain</name>
    <message>
        <source>MDD-Net Inspector: train one anomaly-detection model for many product classes, inspect heatmaps, tune thresholds and review verdicts.</source>
        <translation>MDD-Net Inspector：为多个产品类别训练一个异常检测模型，查看热力图、调整阈值并复核判定。</translation>
    </message>
    <message>
        <source>An Inspector project (.mddproj) to open.</source>
        <translation>要打开的 Inspector 项目（.mddproj）。</translation>
    </message>
    <message>
        <source>[project]</source>
        <translation>[项目]</translation>
    </message>
    <message>
        <source>Open the demo project, preparing it first when needed (generated dataset, trained model, results).</source>
        <translation>打开演示项目，必要时先进行准备（生成数据集、训练模型、生成结果）。</translation>
    </message>
    <message>
        <source>Where the demo project lives (default: the application&apos;s data folder).</source>
        <translation>演示项目所在的位置（默认：应用程序的数据文件夹）。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>When the demo is ready, save a screenshot of each view into this folder.</source>
        <translation>演示准备就绪后，将每个视图的截图保存到此文件夹。</translation>
    </message>
    <message>
        <source>Quit once the demo is ready (and the screenshots are saved): for machines without a display.</source>
        <translation>演示准备就绪（且截图已保存）后退出：适用于没有显示器的机器。</translation>
    </message>
    <message>
        <source>training step %1 / %2, ETA %3 s</source>
        <translation>训练第 %1 / %2 步，预计剩余 %3 秒</translation>
    </message>
</context>
<context>
    <name>ProjectSchema</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>无法读取架构版本：%1</translation>
    </message>
    <message>
        <source>it was written by a newer MDD-Net Inspector (schema %1, this version reads up to %2). Update the application to open it.</source>
        <translation>该文件由较新版本的 MDD-Net Inspector 写入（架构版本 %1，本版本最高可读取 %2）。请更新应用程序后再打开。</translation>
    </message>
    <message>
        <source>cannot start the schema upgrade: %1</source>
        <translation>无法开始架构升级：%1</translation>
    </message>
    <message>
        <source>schema upgrade to version %1 failed: %2</source>
        <translation>架构升级到版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>cannot record schema version %1: %2</source>
        <translation>无法记录架构版本 %1：%2</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation>无法打开项目 %1：%2</translation>
    </message>
    <message>
        <source>(no file name)</source>
        <translation>（无文件名）</translation>
    </message>
    <message>
        <source>no file name was given. Choose a .%1 file.</source>
        <translation>未提供文件名。请选择一个 .%1 文件。</translation>
    </message>
    <message>
        <source>it is a folder. Choose a .%1 file or a new file name.</source>
        <translation>这是一个文件夹。请选择一个 .%1 文件或输入新的文件名。</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created. Choose a writable location.</source>
        <translation>无法创建文件夹 %1。请选择一个可写入的位置。</translation>
    </message>
    <message>
        <source>the file cannot be read (%1). Check its permissions.</source>
        <translation>无法读取该文件（%1）。请检查其权限。</translation>
    </message>
    <message>
        <source>it is not an MDD-Net Inspector project (not a SQLite database). The file was left unchanged; open a .%1 file or create a new project.</source>
        <translation>这不是 MDD-Net Inspector 项目（不是 SQLite 数据库）。文件未作任何更改；请打开一个 .%1 文件或新建项目。</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is missing. Reinstall MDD-Net Inspector or install the Qt 6 SQLite plugin.</source>
        <translation>缺少 Qt SQLite 驱动（QSQLITE）。请重新安装 MDD-Net Inspector，或安装 Qt 6 SQLite 插件。</translation>
    </message>
    <message>
        <source>SQLite cannot open it (%1). Check the file&apos;s permissions and free disk space.</source>
        <translation>SQLite 无法打开它（%1）。请检查文件权限和可用磁盘空间。</translation>
    </message>
    <message>
        <source>it cannot be read as a SQLite database (%1). The file was left unchanged; open a .%2 file or create a new project.</source>
        <translation>无法将其作为 SQLite 数据库读取（%1）。文件未作任何更改；请打开一个 .%2 文件或新建项目。</translation>
    </message>
    <message>
        <source>it is a SQLite database of another application, not an MDD-Net Inspector project. The file was left unchanged; open a .%1 file or create a new project.</source>
        <translation>这是其他应用程序的 SQLite 数据库，而不是 MDD-Net Inspector 项目。文件未作任何更改；请打开一个 .%1 文件或新建项目。</translation>
    </message>
    <message>
        <source>SQLite refused its settings (%1).</source>
        <translation>SQLite 拒绝了其设置（%1）。</translation>
    </message>
    <message>
        <source>its folder does not support SQLite&apos;s write-ahead log (a network drive?). Move the project to a local disk.</source>
        <translation>其所在文件夹不支持 SQLite 的预写日志（是否为网络驱动器？）。请将项目移到本地磁盘。</translation>
    </message>
    <message>
        <source>Cannot create the models folder %1. Check the permissions of %2.</source>
        <translation>无法创建模型文件夹 %1。请检查 %2 的权限。</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <source>integrity check returned nothing</source>
        <translation>完整性检查未返回任何结果</translation>
    </message>
    <message>
        <source>%1 in the project %2: %3</source>
        <translation>项目 %2 中%1：%3</translation>
    </message>
    <message>
        <source>No project is open. Open or create a project first.</source>
        <translation>没有打开的项目。请先打开或新建一个项目。</translation>
    </message>
    <message>
        <source>Cannot write to the project %1: %2. Close other programs that use it and try again.</source>
        <translation>无法写入项目 %1：%2。请关闭正在使用它的其他程序后重试。</translation>
    </message>
    <message>
        <source>Cannot save to the project %1: %2. Check the free disk space and try again.</source>
        <translation>无法保存到项目 %1：%2。请检查可用磁盘空间后重试。</translation>
    </message>
    <message>
        <source>The dataset has no folder. Choose the dataset&apos;s root folder.</source>
        <translation>数据集没有文件夹。请选择数据集的根文件夹。</translation>
    </message>
    <message>
        <source>Cannot look up the dataset %1</source>
        <translation>无法查找数据集 %1</translation>
    </message>
    <message>
        <source>The dataset folder %1 is already in this project. Choose another folder, or remove the existing dataset first.</source>
        <translation>数据集文件夹 %1 已在此项目中。请选择其他文件夹，或先移除现有数据集。</translation>
    </message>
    <message>
        <source>Cannot add the dataset %1</source>
        <translation>无法添加数据集 %1</translation>
    </message>
    <message>
        <source>Cannot remove dataset %1</source>
        <translation>无法移除数据集 %1</translation>
    </message>
    <message>
        <source>There is no dataset %1 in this project.</source>
        <translation>此项目中没有数据集 %1。</translation>
    </message>
    <message>
        <source>Cannot read the datasets</source>
        <translation>无法读取数据集</translation>
    </message>
    <message>
        <source>Unknown training status &quot;%1&quot;; use running, finished, cancelled or failed.</source>
        <translation>未知的训练状态“%1”；请使用 running、finished、cancelled 或 failed。</translation>
    </message>
    <message>
        <source>Cannot add the training run</source>
        <translation>无法添加训练任务</translation>
    </message>
    <message>
        <source>Cannot update training run %1</source>
        <translation>无法更新训练任务 %1</translation>
    </message>
    <message>
        <source>There is no training run %1 in this project.</source>
        <translation>此项目中没有训练任务 %1。</translation>
    </message>
    <message>
        <source>Cannot read the training runs</source>
        <translation>无法读取训练任务</translation>
    </message>
    <message>
        <source>The model has no file path. Save the model file first.</source>
        <translation>模型没有文件路径。请先保存模型文件。</translation>
    </message>
    <message>
        <source>Cannot look up training run %1</source>
        <translation>无法查找训练任务 %1</translation>
    </message>
    <message>
        <source>The model %1 names training run %2, which is not in this project.</source>
        <translation>模型 %1 引用了训练任务 %2，但该任务不在此项目中。</translation>
    </message>
    <message>
        <source>Cannot add the model %1</source>
        <translation>无法添加模型 %1</translation>
    </message>
    <message>
        <source>Cannot read the models</source>
        <translation>无法读取模型</translation>
    </message>
    <message>
        <source>Cannot prepare storing inference results</source>
        <translation>无法准备保存推理结果</translation>
    </message>
    <message>
        <source>Cannot store inference result %1 of %2 (image &quot;%3&quot;, model %4)</source>
        <translation>无法保存第 %1 条推理结果（共 %2 条；图像“%3”，模型 %4）</translation>
    </message>
    <message>
        <source>%1: the image path is empty. Nothing of this batch was stored.</source>
        <translation>%1：图像路径为空。本批次的内容均未保存。</translation>
    </message>
    <message>
        <source>%1: model %2 is not in this project. Nothing of this batch was stored.</source>
        <translation>%1：模型 %2 不在此项目中。本批次的内容均未保存。</translation>
    </message>
    <message>
        <source>Cannot read the inference results of model %1</source>
        <translation>无法读取模型 %1 的推理结果</translation>
    </message>
    <message>
        <source>The review label has no image path.</source>
        <translation>复核标签没有图像路径。</translation>
    </message>
    <message>
        <source>Unknown review decision &quot;%1&quot; for %2; use good or defect.</source>
        <translation>%2 的复核结论“%1”未知；请使用 good 或 defect。</translation>
    </message>
    <message>
        <source>Cannot store the review label of %1</source>
        <translation>无法保存 %1 的复核标签</translation>
    </message>
    <message>
        <source>Cannot remove the review label of %1</source>
        <translation>无法移除 %1 的复核标签</translation>
    </message>
    <message>
        <source>There is no review label for %1 in this project.</source>
        <translation>此项目中没有 %1 的复核标签。</translation>
    </message>
    <message>
        <source>Cannot read the review labels</source>
        <translation>无法读取复核标签</translation>
    </message>
</context>
<context>
    <name>ReportCases</name>
    <message>
        <source>Cannot load the model &apos;%1&apos; for the example overlays: %2</source>
        <translation>无法加载用于示例叠加图的模型“%1”：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Detected defects (highest scores)</source>
        <translation>检出的缺陷（分数最高）</translation>
    </message>
    <message>
        <source>Highest-scoring normal images (false alarms first)</source>
        <translation>分数最高的正常图像（误报优先）</translation>
    </message>
    <message>
        <source>Lowest-scoring defects (misses first)</source>
        <translation>分数最低的缺陷（漏检优先）</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>%1: image scores</source>
        <translation>%1：图像分数</translation>
    </message>
    <message>
        <source>raw image score</source>
        <translation>原始图像分数</translation>
    </message>
    <message>
        <source>images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <source>no scored images</source>
        <translation>没有已评分的图像</translation>
    </message>
    <message>
        <source>normal (%1)</source>
        <translation>正常（%1）</translation>
    </message>
    <message>
        <source>anomalous (%1)</source>
        <translation>异常（%1）</translation>
    </message>
    <message>
        <source>unlabelled (%1)</source>
        <translation>未标注（%1）</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>%1: ROC, I-AUROC %2</source>
        <translation>%1：ROC 曲线，图像级 AUROC %2</translation>
    </message>
    <message>
        <source>%1: ROC</source>
        <translation>%1：ROC 曲线</translation>
    </message>
    <message>
        <source>false-positive rate</source>
        <translation>假阳性率</translation>
    </message>
    <message>
        <source>true-positive rate</source>
        <translation>真阳性率</translation>
    </message>
    <message>
        <source>needs normal and anomalous images</source>
        <translation>需要正常图像和异常图像</translation>
    </message>
    <message>
        <source>ROC</source>
        <translation>ROC 曲线</translation>
    </message>
    <message>
        <source>at threshold</source>
        <translation>阈值处</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>Cannot read the model file &apos;%1&apos;: %2. Choose the model the results came from and run it again.</source>
        <translation>无法读取模型文件“%1”：%2。请选择生成这些结果的模型并重新运行。</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 / %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The PDF writer could not start.</source>
        <translation>无法启动 PDF 写入器。</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>good</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>defect</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>F1-optimal on the validation split</source>
        <translation>在验证集上取 F1 最优</translation>
    </message>
    <message>
        <source>highest normal validation score</source>
        <translation>验证集正常图像的最高分数</translation>
    </message>
    <message>
        <source>target false-positive rate %1%</source>
        <translation>目标假阳性率 %1%</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <source>fused A_TR + A_RI</source>
        <translation>融合 A_TR + A_RI</translation>
    </message>
    <message>
        <source>teacher vs restoration (A_TR)</source>
        <translation>教师网络 vs 恢复（A_TR）</translation>
    </message>
    <message>
        <source>restoration vs identity (A_RI)</source>
        <translation>恢复 vs 恒等（A_RI）</translation>
    </message>
    <message>
        <source>max of the map</source>
        <translation>异常图最大值</translation>
    </message>
    <message>
        <source>mean of the top %1%</source>
        <translation>前 %1% 的均值</translation>
    </message>
    <message>
        <source>max after %1 px pooling</source>
        <translation>%1 像素池化后的最大值</translation>
    </message>
    <message>
        <source>%1, Gaussian sigma %2, image score = %3</source>
        <translation>%1，高斯 σ %2，图像分数 = %3</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>The model file stores no thresholds for this class.</source>
        <translation>模型文件中没有保存此类别的阈值。</translation>
    </message>
    <message>
        <source>Image threshold</source>
        <translation>图像阈值</translation>
    </message>
    <message>
        <source>Pixel threshold</source>
        <translation>像素阈值</translation>
    </message>
    <message>
        <source>Image score range</source>
        <translation>图像分数范围</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Pixel score range</source>
        <translation>像素分数范围</translation>
    </message>
    <message>
        <source>Uncertain band</source>
        <translation>不确定区间</translation>
    </message>
    <message>
        <source>%1 to %2 (needs review between)</source>
        <translation>%1 至 %2（区间内为待复核）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>defect (%1)</source>
        <translation>缺陷（%1）</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation>真值：%1</translation>
    </message>
    <message>
        <source>score %1 (raw %2)</source>
        <translation>分数 %1（原始 %2）</translation>
    </message>
    <message>
        <source>No overlay: %1</source>
        <translation>无叠加图：%1</translation>
    </message>
    <message>
        <source>None in this run.</source>
        <translation>本次运行中没有。</translation>
    </message>
    <message>
        <source>MDD-Net model report</source>
        <translation>MDD-Net 模型报告</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>骨干网络</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <source>%1 x %2 px</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>Score map</source>
        <translation>异常图</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 个：%2</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 步</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 步</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 轮</translation>
    </message>
    <message>
        <source>%1 epochs</source>
        <translation>%1 轮</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>%1, %2, batch size %3, %4 on %5</source>
        <translation>%1，%2，批大小 %3，在 %5 上耗时 %4</translation>
    </message>
    <message>
        <source>not recorded in the model file</source>
        <translation>模型文件中未记录</translation>
    </message>
    <message>
        <source>Trained at</source>
        <translation>训练完成时间</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>评估数据</translation>
    </message>
    <message>
        <source>%1: %2 images, %3 with ground truth</source>
        <translation>%1：%2 张图像，其中 %3 张有真值</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>No metrics: the run had no ground truth. Run the model on a dataset split to get them.</source>
        <translation>无指标：本次运行没有真值。请在数据集子集上运行模型以获得指标。</translation>
    </message>
    <message>
        <source>Per class, in percent; mAD is the mean of the seven; the last row is the mean over classes.</source>
        <translation>按类别列出，单位为百分比；mAD 为七项指标的均值；最后一行为各类别的平均值。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>缺陷数</translation>
    </message>
    <message>
        <source>I-AUROC</source>
        <translation>图像级 AUROC</translation>
    </message>
    <message>
        <source>I-AP</source>
        <translation>图像级 AP</translation>
    </message>
    <message>
        <source>I-F1max</source>
        <translation>图像级 F1max</translation>
    </message>
    <message>
        <source>P-AUROC</source>
        <translation>像素级 AUROC</translation>
    </message>
    <message>
        <source>P-AP</source>
        <translation>像素级 AP</translation>
    </message>
    <message>
        <source>P-F1max</source>
        <translation>像素级 F1max</translation>
    </message>
    <message>
        <source>AU-PRO</source>
        <translation>区域级 AU-PRO</translation>
    </message>
    <message>
        <source>mAD</source>
        <translation>mAD（均值）</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Decisions at the stored thresholds</source>
        <translation>按已保存阈值的判定</translation>
    </message>
    <message>
        <source>Verdicts of this run; a false alarm is a normal image not called good, a miss a defect called good.</source>
        <translation>本次运行的判定结果；误报指未被判为合格的正常图像，漏检指被判为合格的缺陷图像。</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>误报</translation>
    </message>
    <message>
        <source>Misses</source>
        <translation>漏检</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>%1: score histogram</source>
        <translation>%1：分数直方图</translation>
    </message>
    <message>
        <source>%1: ROC curve</source>
        <translation>%1：ROC 曲线</translation>
    </message>
    <message>
        <source>No charts.</source>
        <translation>无图表。</translation>
    </message>
    <message>
        <source>MDD-Net model report: %1</source>
        <translation>MDD-Net 模型报告：%1</translation>
    </message>
    <message>
        <source>Cannot write the report &apos;%1&apos;: %2</source>
        <translation>无法写入报告“%1”：%2</translation>
    </message>
    <message>
        <source>, length-aware feature distance</source>
        <translation>，考虑长度的特征距离</translation>
    </message>
    <message>
        <source>, features averaged over %1 x %1 cells</source>
        <translation>，特征在 %1 x %1 个单元上取平均</translation>
    </message>
</context>
<context>
    <name>ReviewRecorder</name>
    <message>
        <source>No project is open, so the decision on %1 cannot be stored. Open or create a project first.</source>
        <translation>没有打开的项目，因此无法保存对 %1 的复核结论。请先打开或新建一个项目。</translation>
    </message>
    <message>
        <source>There is no review decision to undo.</source>
        <translation>没有可撤销的复核结论。</translation>
    </message>
    <message>
        <source>No project is open, so the decision cannot be undone. Reopen the project.</source>
        <translation>没有打开的项目，因此无法撤销该复核结论。请重新打开项目。</translation>
    </message>
</context>
<context>
    <name>SqlTransaction</name>
    <message>
        <source>no transaction is open</source>
        <translation>没有打开的事务</translation>
    </message>
</context>
<context>
    <name>mddui::AboutDialog</name>
    <message>
        <source>About MDD-Net Inspector</source>
        <translation>关于 MDD-Net Inspector</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MDD-Net Inspector %1&lt;/h2&gt;&lt;p&gt;Multi-class unsupervised anomaly detection with a memory-augmented dual-decoder network.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MDD-Net Inspector %1&lt;/h2&gt;&lt;p&gt;基于记忆增强双解码器网络的多类别无监督异常检测。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LibTorch:</source>
        <translation>LibTorch：</translation>
    </message>
    <message>
        <source>OpenCV:</source>
        <translation>OpenCV：</translation>
    </message>
    <message>
        <source>BLAS:</source>
        <translation>BLAS：</translation>
    </message>
    <message>
        <source>CPU cores:</source>
        <translation>CPU 核心数：</translation>
    </message>
    <message>
        <source>Torch threads:</source>
        <translation>Torch 线程数：</translation>
    </message>
    <message>
        <source>CUDA:</source>
        <translation>CUDA：</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Compute device:</source>
        <translation>计算设备：</translation>
    </message>
    <message>
        <source>Teacher weights:</source>
        <translation>教师网络权重：</translation>
    </message>
</context>
<context>
    <name>mddui::ClassCountTable</name>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Test good</source>
        <translation>测试合格</translation>
    </message>
    <message>
        <source>Test defect</source>
        <translation>测试缺陷</translation>
    </message>
    <message>
        <source>Masks</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>mddui::ConfusionView</name>
    <message>
        <source>Of the images not passed as good, the share that are defects</source>
        <translation>未判为合格的图像中，缺陷图像所占比例</translation>
    </message>
    <message>
        <source>Of the defect images, the share not passed as good</source>
        <translation>缺陷图像中，未判为合格的比例</translation>
    </message>
    <message>
        <source>Of the good images, the share not passed as good</source>
        <translation>合格图像中，未判为合格的比例</translation>
    </message>
    <message>
        <source>Rows: ground truth · columns: verdict</source>
        <translation>行：真值 · 列：判定</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Anomalous</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Precision: %1</source>
        <translation>精确率：%1</translation>
    </message>
    <message>
        <source>Recall: %1</source>
        <translation>召回率：%1</translation>
    </message>
    <message>
        <source>F1: %1</source>
        <translation>F1 分数：%1</translation>
    </message>
    <message>
        <source>FPR: %1</source>
        <translation>假阳性率：%1</translation>
    </message>
</context>
<context>
    <name>mddui::CurvePlots</name>
    <message>
        <source>false-positive rate</source>
        <translation>假阳性率</translation>
    </message>
    <message>
        <source>true-positive rate</source>
        <translation>真阳性率</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>ROC: needs normal and anomalous images</source>
        <translation>ROC 曲线：需要正常图像和异常图像</translation>
    </message>
    <message>
        <source>ROC · AUROC %1</source>
        <translation>ROC 曲线 · AUROC %1</translation>
    </message>
    <message>
        <source>Precision-recall: needs anomalous images</source>
        <translation>精确率-召回率曲线：需要异常图像</translation>
    </message>
    <message>
        <source>Precision-recall · AP %1</source>
        <translation>精确率-召回率曲线 · AP %1</translation>
    </message>
</context>
<context>
    <name>mddui::DatasetBrowser</name>
    <message>
        <source>Show one class</source>
        <translation>按类别筛选</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Show one split</source>
        <translation>按子集筛选</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>全部子集</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>Show one verdict</source>
        <translation>按判定筛选</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>全部判定</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Not inspected</source>
        <translation>未检测</translation>
    </message>
    <message>
        <source>Show by review label</source>
        <translation>按复核标签筛选</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>任意复核状态</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未复核</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>Reviewed good</source>
        <translation>已复核为合格</translation>
    </message>
    <message>
        <source>Reviewed defect</source>
        <translation>已复核为缺陷</translation>
    </message>
    <message>
        <source>Search file name</source>
        <translation>搜索文件名</translation>
    </message>
    <message>
        <source>%1 of %2 images</source>
        <translation>%1 / %2 张图像</translation>
    </message>
</context>
<context>
    <name>mddui::DatasetImportDialog</name>
    <message>
        <source>New dataset</source>
        <translation>新建数据集</translation>
    </message>
    <message>
        <source>Folder that holds the images</source>
        <translation>存放图像的文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Recognise the layout from the folders</source>
        <translation>根据文件夹识别目录结构</translation>
    </message>
    <message>
        <source>MVTec AD (many classes)</source>
        <translation>MVTec AD（多类别）</translation>
    </message>
    <message>
        <source>&lt;class&gt;/train/good, &lt;class&gt;/test/&lt;defect&gt;, &lt;class&gt;/ground_truth/&lt;defect&gt;</source>
        <translation>&lt;class&gt;/train/good、&lt;class&gt;/test/&lt;defect&gt;、&lt;class&gt;/ground_truth/&lt;defect&gt;</translation>
    </message>
    <message>
        <source>MVTec AD (one class)</source>
        <translation>MVTec AD（单类别）</translation>
    </message>
    <message>
        <source>train/good, test/&lt;defect&gt;, ground_truth/&lt;defect&gt;</source>
        <translation>train/good、test/&lt;defect&gt;、ground_truth/&lt;defect&gt;</translation>
    </message>
    <message>
        <source>VisA</source>
        <translation>VisA</translation>
    </message>
    <message>
        <source>split_csv/1cls.csv next to the class folders</source>
        <translation>类别文件夹旁的 split_csv/1cls.csv</translation>
    </message>
    <message>
        <source>Folder good/ + defect/</source>
        <translation>文件夹 good/ + defect/</translation>
    </message>
    <message>
        <source>good/ and one folder per defect type; masks optional in masks/&lt;defect&gt;/</source>
        <translation>good/ 以及每种缺陷类型各一个文件夹；掩码可选，位于 masks/&lt;defect&gt;/</translation>
    </message>
    <message>
        <source>Detected layout: —</source>
        <translation>检测到的目录结构：—</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>目录结构(&amp;L)：</translation>
    </message>
    <message>
        <source>Choose a dataset folder.</source>
        <translation>请选择数据集文件夹。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Choose the dataset folder</source>
        <translation>选择数据集文件夹</translation>
    </message>
    <message>
        <source>Detected layout: …</source>
        <translation>检测到的目录结构：…</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Expected one of these layouts:
• MVTec AD, many classes: &lt;class&gt;/train/good, &lt;class&gt;/test/&lt;defect&gt;, &lt;class&gt;/ground_truth/&lt;defect&gt;
• MVTec AD, one class: train/good, test/&lt;defect&gt;, ground_truth/&lt;defect&gt;
• VisA: split_csv/1cls.csv
• Folder: good/ and one folder per defect type (masks optional in masks/&lt;defect&gt;/)</source>
        <translation>应为以下目录结构之一：
• MVTec AD，多类别：&lt;class&gt;/train/good、&lt;class&gt;/test/&lt;defect&gt;、&lt;class&gt;/ground_truth/&lt;defect&gt;
• MVTec AD，单类别：train/good、test/&lt;defect&gt;、ground_truth/&lt;defect&gt;
• VisA：split_csv/1cls.csv
• 文件夹：good/ 以及每种缺陷类型各一个文件夹（掩码可选，位于 masks/&lt;defect&gt;/）</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist. Choose an existing folder.
%2</source>
        <translation>文件夹“%1”不存在。请选择一个已有的文件夹。
%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, not a folder. Choose the folder that holds the dataset.
%2</source>
        <translation>“%1”是文件，不是文件夹。请选择存放数据集的文件夹。
%2</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; cannot be read. Check its permissions.</source>
        <translation>无法读取文件夹“%1”。请检查其权限。</translation>
    </message>
    <message>
        <source>No known dataset layout in &apos;%1&apos;.
%2</source>
        <translation>“%1”中没有可识别的数据集目录结构。
%2</translation>
    </message>
    <message>
        <source>Cannot read the dataset in &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”中的数据集：%2</translation>
    </message>
    <message>
        <source>Detected layout: none</source>
        <translation>检测到的目录结构：无</translation>
    </message>
    <message>
        <source>Detected layout: %1</source>
        <translation>检测到的目录结构：%1</translation>
    </message>
    <message>
        <source>1 class</source>
        <translation>1 个类别</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 个类别</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 张图像</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 张图像</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>无问题</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 个问题</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 个问题</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>%1 — read as %2, as chosen</source>
        <translation>%1 — 已按所选读取为 %2</translation>
    </message>
    <message>
        <source>%1 — nothing to import; see the problems above.</source>
        <translation>%1 — 没有可导入的内容；请查看上方的问题。</translation>
    </message>
</context>
<context>
    <name>mddui::DemoProject</name>
    <message>
        <source>Generating the demo dataset in %1...</source>
        <translation>正在 %1 中生成演示数据集...</translation>
    </message>
    <message>
        <source>Could not open the demo project %1</source>
        <translation>无法打开演示项目 %1</translation>
    </message>
    <message>
        <source>Loading the demo dataset...</source>
        <translation>正在加载演示数据集...</translation>
    </message>
    <message>
        <source>Training the demo model (a few minutes on a CPU; only the first time)...</source>
        <translation>正在训练演示模型（在 CPU 上需要几分钟；仅首次运行时）...</translation>
    </message>
    <message>
        <source>Running the demo model on the test images...</source>
        <translation>正在测试图像上运行演示模型...</translation>
    </message>
    <message>
        <source>Training of the demo model was cancelled.</source>
        <translation>演示模型的训练已取消。</translation>
    </message>
    <message>
        <source>Laying out the model&apos;s memory (t-SNE)...</source>
        <translation>正在用 t-SNE 布局模型的记忆...</translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation>未生成报告：%1</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>报告已写入：%1</translation>
    </message>
    <message>
        <source>Writing the model report...</source>
        <translation>正在写入模型报告...</translation>
    </message>
</context>
<context>
    <name>mddui::ImageViewer</name>
    <message>
        <source>Side by side</source>
        <translation>并排显示</translation>
    </message>
    <message>
        <source>Show the original and the overlay next to each other</source>
        <translation>将原图和叠加图并排显示</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>显示原图</translation>
    </message>
    <message>
        <source>Switch the single view between the overlay and the original</source>
        <translation>在单视图中切换叠加图与原图</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel zooms under the mouse)</source>
        <translation>缩小（Ctrl+滚轮以鼠标位置为中心缩放）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel zooms under the mouse)</source>
        <translation>放大（Ctrl+滚轮以鼠标位置为中心缩放）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>使图像适应窗口大小</translation>
    </message>
    <message>
        <source>Weight of the heatmap over the image</source>
        <translation>热力图叠加在图像上的权重</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>热力图不透明度</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原图</translation>
    </message>
    <message>
        <source>Overlay: heatmap, predicted defect (red), ground truth (white)</source>
        <translation>叠加图：热力图、预测缺陷（红色）、真值（白色）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>the result has no anomaly map</source>
        <translation>该结果没有异常图</translation>
    </message>
    <message>
        <source>No heatmap for &apos;%1&apos;: %2. Fit the model&apos;s thresholds or run the model again.</source>
        <translation>“%1”没有热力图：%2。请拟合模型的阈值，或重新运行模型。</translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation>未选择图像</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Show overlay</source>
        <translation>显示叠加图</translation>
    </message>
</context>
<context>
    <name>mddui::LoadIssueList</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 项</translation>
    </message>
</context>
<context>
    <name>mddui::LossPlot</name>
    <message>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>restoration</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>恒等</translation>
    </message>
    <message>
        <source>distillation</source>
        <translation>蒸馏</translation>
    </message>
    <message>
        <source>memory class</source>
        <translation>记忆类别</translation>
    </message>
    <message>
        <source>memory reconstruction</source>
        <translation>记忆重建</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Logarithmic loss axis</source>
        <translation>对数损失坐标轴</translation>
    </message>
</context>
<context>
    <name>mddui::MainWindow</name>
    <message>
        <source>MDD-Net Inspector</source>
        <translation>MDD-Net Inspector</translation>
    </message>
    <message>
        <source>Model in use: %1</source>
        <translation>当前使用的模型：%1</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>图像(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Memory</source>
        <translation>记忆(&amp;M)</translation>
    </message>
    <message>
        <source>%1 has no result yet: run the model first (Ctrl+R).</source>
        <translation>%1 尚无结果：请先运行模型（Ctrl+R）。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>新建项目(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>打开项目(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Dataset...</source>
        <translation>添加数据集(&amp;A)...</translation>
    </message>
    <message>
        <source>Export &amp;Report...</source>
        <translation>导出报告(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Train Model</source>
        <translation>训练模型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Cancel Training</source>
        <translation>取消训练(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Run Model on Test Split</source>
        <translation>在测试集上运行模型(&amp;R)</translation>
    </message>
    <message>
        <source>Run Model on &amp;Folder...</source>
        <translation>在文件夹上运行模型(&amp;F)...</translation>
    </message>
    <message>
        <source>Cancel &amp;Inference</source>
        <translation>取消推理(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>T&amp;hresholds</source>
        <translation>阈值(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>复核(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MDD-Net Inspector</source>
        <translation>关于 MDD-Net Inspector(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation>GPU：%1</translation>
    </message>
    <message>
        <source>Device used for training and inference</source>
        <translation>用于训练和推理的设备</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>训练正在进行</translation>
    </message>
    <message>
        <source>Stop the training and quit? A checkpoint is saved; Resume continues it.</source>
        <translation>停止训练并退出？将保存检查点，之后可通过“继续”接着训练。</translation>
    </message>
    <message>
        <source>Inspector projects (*.mddproj)</source>
        <translation>Inspector 项目 (*.mddproj)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>数据集文件夹</translation>
    </message>
    <message>
        <source>Folder of images to inspect</source>
        <translation>要检测的图像所在文件夹</translation>
    </message>
    <message>
        <source>Training is running: cancel it before switching projects.</source>
        <translation>训练正在进行：请先取消训练，再切换项目。</translation>
    </message>
    <message>
        <source>%1 — MDD-Net Inspector</source>
        <translation>%1 — MDD-Net Inspector</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>Opened %1; loading its datasets...</source>
        <translation>已打开 %1；正在加载其数据集...</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in %1 class(es)</source>
        <translation>
            <numerusform>%1 个类别中共 %n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>Add dataset</source>
        <translation>添加数据集</translation>
    </message>
    <message>
        <source>Train model</source>
        <translation>训练模型</translation>
    </message>
    <message>
        <source>Add a dataset with normal training images first (Ctrl+D).</source>
        <translation>请先添加一个包含正常训练图像的数据集（Ctrl+D）。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Model trained: %1</source>
        <translation>模型已训练：%1</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>Run model</source>
        <translation>运行模型</translation>
    </message>
    <message>
        <source>The project has no model yet: train one first (Ctrl+T).</source>
        <translation>项目中还没有模型：请先训练一个（Ctrl+T）。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Run the model first (Ctrl+R): the report describes a run.</source>
        <translation>请先运行模型（Ctrl+R）：报告描述的是一次运行的结果。</translation>
    </message>
    <message>
        <source>Inference failed</source>
        <translation>推理失败</translation>
    </message>
    <message>
        <source>Saving results</source>
        <translation>正在保存结果</translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed good image(s) added to the next training run.</source>
        <translation>
            <numerusform>已将 %n 张复核为合格的图像加入下一次训练任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save thresholds</source>
        <translation>保存阈值</translation>
    </message>
    <message>
        <source>Thresholds saved into %1</source>
        <translation>阈值已保存到 %1</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>首选项(&amp;P)...</translation>
    </message>
    <message numerus="yes">
        <source>CPU: %n thread(s)</source>
        <translation>
            <numerusform>CPU：%n 个线程</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mddui::MemoryInspector</name>
    <message>
        <source>t-SNE: %1 of %2 iterations</source>
        <translation>t-SNE：第 %1 次迭代，共 %2 次</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Open or train a model to inspect its class-aware memory.</source>
        <translation>请打开或训练一个模型，以查看其类别感知记忆。</translation>
    </message>
    <message>
        <source>Press Compute to lay out the memory items of %1 with t-SNE.</source>
        <translation>点击“计算”，用 t-SNE 布局 %1 的记忆项。</translation>
    </message>
    <message>
        <source>Could not read the model %1: %2</source>
        <translation>无法读取模型 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no class-aware memory: it was trained with the memory switched off. Train a model with the memory on to inspect its items.</source>
        <translation>%1 没有类别感知记忆：它在训练时关闭了记忆。请训练一个开启记忆的模型，以查看其记忆项。</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Cancelled; the previous layout is still shown.</source>
        <translation>已取消；仍显示之前的布局。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n items)</source>
        <translation>
            <numerusform>%1（%n 个记忆项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laid out %n memory items in %1 s.</source>
        <translation>
            <numerusform>已在 %1 秒内完成 %n 个记忆项的布局。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export yet: press Compute to lay out the memory first.</source>
        <translation>尚无可导出的内容：请先点击“计算”布局记忆。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Export the memory plot as PNG</source>
        <translation>将记忆图导出为 PNG</translation>
    </message>
    <message>
        <source>Export the memory plot as PDF</source>
        <translation>将记忆图导出为 PDF</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>t-SNE layout</source>
        <translation>t-SNE 布局</translation>
    </message>
    <message>
        <source>Effective number of neighbours; lowered for scales with few items.</source>
        <translation>有效近邻数；对记忆项较少的尺度会自动调低。</translation>
    </message>
    <message>
        <source>Perplexity:</source>
        <translation>困惑度：</translation>
    </message>
    <message>
        <source>Seed for a random start of the layout. The same settings always give the same layout.</source>
        <translation>布局随机初始化所用的种子。相同的设置总是得到相同的布局。</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>Iterations:</source>
        <translation>迭代次数：</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Teacher scale</source>
        <translation>教师网络尺度</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
</context>
<context>
    <name>mddui::MemoryJob</name>
    <message>
        <source>No model is open: open or train a model first.</source>
        <translation>没有打开的模型：请先打开或训练一个模型。</translation>
    </message>
    <message>
        <source>%1 has no class-aware memory: it was trained with the memory switched off. Train a model with the memory on to inspect its items.</source>
        <translation>%1 没有类别感知记忆：它在训练时关闭了记忆。请训练一个开启记忆的模型，以查看其记忆项。</translation>
    </message>
    <message>
        <source>Could not analyse the memory of %1: %2</source>
        <translation>无法分析 %1 的记忆：%2</translation>
    </message>
</context>
<context>
    <name>mddui::MemoryPlotExport</name>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to, with free space.</source>
        <translation>无法写入 %1：%2。请选择一个可写入且有可用空间的文件夹。</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>未提供文件名</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>no temporary folder (%1)</source>
        <translation>没有临时文件夹（%1）</translation>
    </message>
    <message>
        <source>the plot could not be rendered</source>
        <translation>无法渲染该图</translation>
    </message>
    <message>
        <source>CMM memory items (t-SNE)</source>
        <translation>CMM 记忆项（t-SNE）</translation>
    </message>
</context>
<context>
    <name>mddui::MemoryScaleStats</name>
    <message>
        <source>This scale</source>
        <translation>当前尺度</translation>
    </message>
    <message>
        <source>Memory items</source>
        <translation>记忆项</translation>
    </message>
    <message>
        <source>Items in this scale&apos;s memory banks, over all classes.</source>
        <translation>该尺度各记忆库中的记忆项，涵盖所有类别。</translation>
    </message>
    <message>
        <source>Class-specific</source>
        <translation>类别专属</translation>
    </message>
    <message>
        <source>Items whose class probabilities favour few classes: coloured by the class whose bank they live in.</source>
        <translation>类别概率集中于少数类别的记忆项：按其所在记忆库的类别着色。</translation>
    </message>
    <message>
        <source>Class-shared</source>
        <translation>类别共享</translation>
    </message>
    <message>
        <source>The 10% of items with the highest entropy of their class probabilities: grey, joined to their two most probable classes.</source>
        <translation>类别概率熵最高的 10% 记忆项：以灰色显示，并连线到其最可能的两个类别。</translation>
    </message>
    <message>
        <source>Entropy threshold</source>
        <translation>熵阈值</translation>
    </message>
    <message>
        <source>The lowest entropy (nats) among the class-shared items.</source>
        <translation>类别共享记忆项中的最低熵（单位：奈特）。</translation>
    </message>
    <message>
        <source>Perplexity used</source>
        <translation>实际困惑度</translation>
    </message>
    <message>
        <source>The t-SNE perplexity, lowered to (items - 1) / 3 for few items.</source>
        <translation>t-SNE 困惑度；记忆项较少时降低为 (记忆项数 - 1) / 3。</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>轮廓系数</translation>
    </message>
    <message>
        <source>How well the t-SNE points cluster by owner class, from -1 to 1: higher is better.</source>
        <translation>t-SNE 点按所属类别聚类的程度，范围 -1 到 1：越高越好。</translation>
    </message>
    <message>
        <source>Davies-Bouldin</source>
        <translation>Davies-Bouldin 指数</translation>
    </message>
    <message>
        <source>Mean similarity of each class cluster to its closest other one: lower is better, 0 is best.</source>
        <translation>每个类别簇与其最近的其他簇的平均相似度：越低越好，0 为最佳。</translation>
    </message>
    <message>
        <source>Trustworthiness</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>How well the 2-D neighbourhoods keep the items&apos; own neighbours, from 0 to 1: higher is better.</source>
        <translation>二维邻域对记忆项原有近邻的保持程度，范围 0 到 1：越高越好。</translation>
    </message>
    <message>
        <source>%1 nats</source>
        <translation>%1 奈特</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>mddui::MemoryScatter</name>
    <message>
        <source>t-SNE 1</source>
        <translation>t-SNE 维度 1</translation>
    </message>
    <message>
        <source>t-SNE 2</source>
        <translation>t-SNE 维度 2</translation>
    </message>
    <message>
        <source>class-shared (highest entropy)</source>
        <translation>类别共享（熵最高）</translation>
    </message>
    <message>
        <source>CMM memory items (t-SNE)</source>
        <translation>CMM 记忆项（t-SNE）</translation>
    </message>
    <message>
        <source>CMM memory items, %1 scale (t-SNE)</source>
        <translation>CMM 记忆项，%1尺度（t-SNE）</translation>
    </message>
</context>
<context>
    <name>mddui::MemoryText</name>
    <message>
        <source>fine</source>
        <translation>细</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>中</translation>
    </message>
    <message>
        <source>coarse</source>
        <translation>粗</translation>
    </message>
    <message>
        <source>scale %1</source>
        <translation>尺度 %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>Memory item of %1</source>
        <translation>%1 的记忆项</translation>
    </message>
    <message>
        <source>%1 scale · %2</source>
        <translation>%1尺度 · %2</translation>
    </message>
    <message>
        <source>class-shared</source>
        <translation>类别共享</translation>
    </message>
    <message>
        <source>class-specific</source>
        <translation>类别专属</translation>
    </message>
    <message>
        <source>entropy %1 nats</source>
        <translation>熵 %1 奈特</translation>
    </message>
    <message>
        <source>class probabilities:</source>
        <translation>类别概率：</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more classes</source>
        <translation>
            <numerusform>… 另有 %n 个类别</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mddui::MetricsTable</name>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <source>I-AUROC</source>
        <translation>图像级 AUROC</translation>
    </message>
    <message>
        <source>I-AP</source>
        <translation>图像级 AP</translation>
    </message>
    <message>
        <source>I-F1max</source>
        <translation>图像级 F1max</translation>
    </message>
    <message>
        <source>P-AUROC</source>
        <translation>像素级 AUROC</translation>
    </message>
    <message>
        <source>P-AP</source>
        <translation>像素级 AP</translation>
    </message>
    <message>
        <source>P-F1max</source>
        <translation>像素级 F1max</translation>
    </message>
    <message>
        <source>AU-PRO</source>
        <translation>区域级 AU-PRO</translation>
    </message>
    <message>
        <source>Metrics in percent on this split&apos;s ground truth</source>
        <translation>基于该子集真值的指标（百分比）</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均值</translation>
    </message>
</context>
<context>
    <name>mddui::ModelCache</name>
    <message>
        <source>no model file given: choose a model file</source>
        <translation>未指定模型文件：请选择一个模型文件</translation>
    </message>
    <message>
        <source>the model file &apos;%1&apos; does not exist: choose another model file</source>
        <translation>模型文件“%1”不存在：请选择其他模型文件</translation>
    </message>
</context>
<context>
    <name>mddui::OverlayExportJob</name>
    <message>
        <source>Cannot create the folder &apos;%1&apos;: choose a folder you can write to.</source>
        <translation>无法创建文件夹“%1”：请选择一个可写入的文件夹。</translation>
    </message>
    <message>
        <source>Cannot load the model &apos;%1&apos;: %2</source>
        <translation>无法加载模型“%1”：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Inference with &apos;%1&apos; failed: %2</source>
        <translation>使用“%1”推理失败：%2</translation>
    </message>
    <message>
        <source>the model cannot tell its class: run it with the image&apos;s class chosen</source>
        <translation>模型无法判断其类别：请先选择图像的类别再运行</translation>
    </message>
</context>
<context>
    <name>mddui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Menus, views, dates and numbers change at once; reports written from now on are in the new language too.</source>
        <translation>菜单、视图、日期和数字会立即更改；此后写入的报告也将使用新语言。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>mddui::ProgressText</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>step %1 / %2 · %3 img/s · ETA %4</source>
        <translation>第 %1 / %2 步 · %3 张/秒 · 预计剩余 %4</translation>
    </message>
    <message>
        <source>step %1 / %2  loss %3 (restoration %4, identity %5, distillation %6, memory class %7, memory reconstruction %8)</source>
        <translation>第 %1 / %2 步  损失 %3（恢复 %4，恒等 %5，蒸馏 %6，记忆类别 %7，记忆重建 %8）</translation>
    </message>
    <message>
        <source>%1  lr %2</source>
        <translation>%1  学习率 %2</translation>
    </message>
</context>
<context>
    <name>mddui::ProjectPage</name>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>目录结构</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Test good</source>
        <translation>测试合格</translation>
    </message>
    <message>
        <source>Test defect</source>
        <translation>测试缺陷</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>骨干网络</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>&amp;Add dataset...</source>
        <translation>添加数据集(&amp;A)...</translation>
    </message>
    <message>
        <source>Remove from project</source>
        <translation>从项目中移除</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>使用此模型(&amp;U)</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Classes in the project</source>
        <translation>项目中的类别</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>训练任务</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;span&gt;%2&lt;/span&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;span&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No project open&lt;/h2&gt;&lt;span&gt;Create a project (Ctrl+N), open one (Ctrl+O), or drop an image folder on the window.&lt;/span&gt;</source>
        <translation>&lt;h2&gt;未打开项目&lt;/h2&gt;&lt;span&gt;新建项目（Ctrl+N）、打开项目（Ctrl+O），或将图像文件夹拖放到窗口上。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Loading the datasets...</source>
        <translation>正在加载数据集...</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), no problems.</source>
        <translation>
            <numerusform>%n 张图像，无问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <source>Remove dataset</source>
        <translation>移除数据集</translation>
    </message>
    <message>
        <source>Use model</source>
        <translation>使用模型</translation>
    </message>
    <message>
        <source>The model file %1 is missing: it was moved or deleted.</source>
        <translation>模型文件 %1 缺失：它已被移动或删除。</translation>
    </message>
    <message>
        <source>MVTec AD (many classes)</source>
        <translation>MVTec AD（多类别）</translation>
    </message>
    <message>
        <source>MVTec AD (one class)</source>
        <translation>MVTec AD（单类别）</translation>
    </message>
    <message>
        <source>VisA</source>
        <translation>VisA</translation>
    </message>
    <message>
        <source>Folder good/ + defect/</source>
        <translation>文件夹 good/ + defect/</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s); problems:
%1</source>
        <translation>
            <numerusform>%n 张图像；问题：
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>mddui::ProjectSession</name>
    <message>
        <source>%1 already exists: open it, or choose a new file name.</source>
        <translation>%1 已存在：请打开它，或选择新的文件名。</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a project file.</source>
        <translation>%1 不存在或不是项目文件。</translation>
    </message>
    <message>
        <source>No project is open: create or open a project first.</source>
        <translation>没有打开的项目：请先新建或打开一个项目。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
</context>
<context>
    <name>mddui::ReportDialog</name>
    <message>
        <source>Export model report</source>
        <translation>导出模型报告</translation>
    </message>
    <message>
        <source>Report file, e.g. model-report.html</source>
        <translation>报告文件，例如 model-report.html</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>HTML and PDF</source>
        <translation>HTML 和 PDF</translation>
    </message>
    <message>
        <source>HTML only</source>
        <translation>仅 HTML</translation>
    </message>
    <message>
        <source>PDF only</source>
        <translation>仅 PDF</translation>
    </message>
    <message>
        <source>Overlays per class of detected defects, of the highest-scoring normal images and of the lowest-scoring defects</source>
        <translation>每个类别的示例叠加图：检出的缺陷、分数最高的正常图像和分数最低的缺陷</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Examples per class and kind:</source>
        <translation>每个类别每种情形的示例数(&amp;E)：</translation>
    </message>
    <message>
        <source>Report of the model %1 on %2: %3, %4.</source>
        <translation>模型 %1 在 %2 上的报告：%3，%4。</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 张图像</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 张图像</translation>
    </message>
    <message>
        <source>1 class</source>
        <translation>1 个类别</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 个类别</translation>
    </message>
    <message>
        <source>No results to report yet: run a model on a dataset split first.</source>
        <translation>尚无可报告的结果：请先在数据集子集上运行模型。</translation>
    </message>
    <message>
        <source>Choose a file to write the report to.</source>
        <translation>请选择要写入报告的文件。</translation>
    </message>
    <message>
        <source>Write the report to</source>
        <translation>选择报告的写入位置</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf);;All files (*)</source>
        <translation>HTML 报告 (*.html);;PDF 报告 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (1 page)</source>
        <translation>%1（1 页）</translation>
    </message>
    <message>
        <source>%1 (%2 pages)</source>
        <translation>%1（%2 页）</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Examples without overlay: %1 (first: %2)</source>
        <translation>没有叠加图的示例：%1（第一个：%2）</translation>
    </message>
    <message>
        <source>Cancelled: no report was written.</source>
        <translation>已取消：未写入报告。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
</context>
<context>
    <name>mddui::ReportJob</name>
    <message>
        <source>Choose where to write the report: no HTML or PDF file was given.</source>
        <translation>请选择报告的写入位置：未提供 HTML 或 PDF 文件。</translation>
    </message>
    <message>
        <source>Cannot write the report &apos;%1&apos;: the folder &apos;%2&apos; does not exist. Choose an existing folder.</source>
        <translation>无法写入报告“%1”：文件夹“%2”不存在。请选择一个已有的文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the report &apos;%1&apos;: it is a folder. Choose a file name.</source>
        <translation>无法写入报告“%1”：这是一个文件夹。请选择一个文件名。</translation>
    </message>
    <message>
        <source>Drawing the charts...</source>
        <translation>正在绘制图表...</translation>
    </message>
    <message>
        <source>Drawing the example overlays...</source>
        <translation>正在绘制示例叠加图...</translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation>正在写入报告...</translation>
    </message>
    <message>
        <source>Cannot write the report &apos;%1&apos;: %2</source>
        <translation>无法写入报告“%1”：%2</translation>
    </message>
</context>
<context>
    <name>mddui::ResultsPanel</name>
    <message>
        <source>Choose a model and the images to run it on, then press Run.</source>
        <translation>请选择模型和要运行的图像，然后点击“运行”。</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save every row as a CSV file</source>
        <translation>将所有行保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>Save every row and the metrics as a JSON file</source>
        <translation>将所有行及指标保存为 JSON 文件</translation>
    </message>
    <message>
        <source>Export overlays…</source>
        <translation>导出叠加图…</translation>
    </message>
    <message>
        <source>Write one heatmap overlay PNG per image into a folder</source>
        <translation>将每张图像的热力图叠加图以 PNG 格式写入一个文件夹</translation>
    </message>
    <message>
        <source>Choose a model file first (Browse…).</source>
        <translation>请先选择模型文件（浏览…）。</translation>
    </message>
    <message>
        <source>The project has no test images: add a dataset with a test split, or run the model on a folder.</source>
        <translation>项目中没有测试图像：请添加包含测试集的数据集，或在文件夹上运行模型。</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Choose a folder of images first (Browse…).</source>
        <translation>请先选择图像文件夹（浏览…）。</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>将在当前批次完成后取消…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>%n images in %1 s: %2 defect, %3 needs review, %4 good</source>
        <translation>
            <numerusform>%1 秒内处理 %n 张图像：缺陷 %2 张，待复核 %3 张，合格 %4 张</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no result: %2</source>
        <translation>“%1”没有结果：%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to &apos;%1&apos;.</source>
        <translation>
            <numerusform>已将 %n 行写入“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting overlays</source>
        <translation>正在导出叠加图</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n overlay images.</source>
        <translation>
            <numerusform>已写入 %n 张叠加图。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>将结果导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export results as JSON</source>
        <translation>将结果导出为 JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Choose a folder for the overlay images</source>
        <translation>选择存放叠加图的文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n could not be read (their rows say why)</source>
        <translation>
            <numerusform>%1；%n 张无法读取（原因见对应行）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — cancelled: the results cover the images done.</source>
        <translation>%1 — 已取消：结果仅包含已处理的图像。</translation>
    </message>
    <message>
        <source>%1 Cancelled before the end.</source>
        <translation>%1 在完成前已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n failed; the first: %2</source>
        <translation>
            <numerusform>%1 %n 张失败；第一个错误：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mddui::ResultsTableModel</name>
    <message>
        <source>Defect</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>good</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>defect</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>defect (%1)</source>
        <translation>缺陷（%1）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>归一化分数</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Truth</source>
        <translation>真值</translation>
    </message>
</context>
<context>
    <name>mddui::ReviewImageLabel</name>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Cannot show this image: %1</source>
        <translation>无法显示此图像：%1</translation>
    </message>
</context>
<context>
    <name>mddui::ReviewPanel</name>
    <message>
        <source>Run a model on images (Results page) to fill the review queue.</source>
        <translation>在图像上运行模型（“结果”页面）以填充复核队列。</translation>
    </message>
    <message>
        <source>No results to review: run a model on images first.</source>
        <translation>没有可复核的结果：请先在图像上运行模型。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) to review, most uncertain first.</source>
        <translation>
            <numerusform>%n 张图像待复核，最不确定的排在前面。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown review decision &quot;%1&quot;; use good or defect.</source>
        <translation>未知的复核结论“%1”；请使用 good 或 defect。</translation>
    </message>
    <message>
        <source>There is no image to decide on: run a model on images first.</source>
        <translation>没有可判定的图像：请先在图像上运行模型。</translation>
    </message>
    <message>
        <source>%1 decided %2. Every image in the queue is reviewed.</source>
        <translation>已将 %1 判定为“%2”。队列中的所有图像均已复核。</translation>
    </message>
    <message>
        <source>%1 decided %2 and stored.</source>
        <translation>已将 %1 判定为“%2”并保存。</translation>
    </message>
    <message>
        <source>%1 needs review: the model gives no verdict to accept. Press G (good) or D (defect).</source>
        <translation>%1 待复核：模型未给出可采纳的判定。请按 G（合格）或 D（缺陷）。</translation>
    </message>
    <message>
        <source>Undone: %1 is %2 again.</source>
        <translation>已撤销：%1 重新标记为“%2”。</translation>
    </message>
    <message>
        <source>Undone: %1 is unreviewed again.</source>
        <translation>已撤销：%1 重新变为未复核。</translation>
    </message>
    <message>
        <source>Select an image in the queue.</source>
        <translation>请在队列中选择一张图像。</translation>
    </message>
    <message>
        <source>No results to review yet.</source>
        <translation>尚无可复核的结果。</translation>
    </message>
    <message>
        <source>Cannot show the heatmap of %1: %2 The plain image is shown instead.</source>
        <translation>无法显示 %1 的热力图：%2 已改为显示原图。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n image(s) with their decisions to %1.</source>
        <translation>
            <numerusform>已将 %n 张图像及其复核结论写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export review decisions</source>
        <translation>导出复核结论</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>No image reviewed as good is waiting to be added to training. Confirm good images with G first.</source>
        <translation>没有等待加入训练的已复核合格图像。请先按 G 确认合格图像。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) reviewed as good will be added to the next training run.</source>
        <translation>
            <numerusform>%n 张复核为合格的图像将加入下一次训练任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Review queue — most uncertain first</source>
        <translation>复核队列 —— 最不确定的排在前面</translation>
    </message>
    <message>
        <source>Unreviewed only</source>
        <translation>仅未复核</translation>
    </message>
    <message>
        <source>Hide the images that already have a decision</source>
        <translation>隐藏已有复核结论的图像</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save every queued image with its verdict, decision and note as CSV</source>
        <translation>将队列中的每张图像及其判定、复核结论和备注保存为 CSV</translation>
    </message>
    <message>
        <source>Add reviewed good to training</source>
        <translation>将复核合格图像加入训练</translation>
    </message>
    <message>
        <source>Hand the images you confirmed as good to the next training run</source>
        <translation>将您确认为合格的图像交给下一次训练任务</translation>
    </message>
    <message>
        <source>Optional note, stored with the decision (Esc returns to the queue)</source>
        <translation>可选备注，与复核结论一起保存（按 Esc 返回队列）</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Good (G)</source>
        <translation>合格 (G)</translation>
    </message>
    <message>
        <source>Decide: this image is good, then go to the next unreviewed one</source>
        <translation>判定：此图像合格，然后转到下一张未复核图像</translation>
    </message>
    <message>
        <source>Defect (D)</source>
        <translation>缺陷 (D)</translation>
    </message>
    <message>
        <source>Decide: this image is defective, then go to the next unreviewed one</source>
        <translation>判定：此图像有缺陷，然后转到下一张未复核图像</translation>
    </message>
    <message>
        <source>Accept verdict (Enter)</source>
        <translation>采纳判定 (Enter)</translation>
    </message>
    <message>
        <source>Take the model&apos;s verdict as the decision (not for needs review)</source>
        <translation>将模型的判定作为复核结论（不适用于待复核图像）</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last decision; press again to go further back</source>
        <translation>撤销上一个复核结论；再次按下可继续向前撤销</translation>
    </message>
    <message>
        <source>Previous (K)</source>
        <translation>上一张 (K)</translation>
    </message>
    <message>
        <source>Go to the previous image in the queue (K or Up)</source>
        <translation>转到队列中的上一张图像（K 或 ↑）</translation>
    </message>
    <message>
        <source>Next (J)</source>
        <translation>下一张 (J)</translation>
    </message>
    <message>
        <source>Go to the next image in the queue (J or Down)</source>
        <translation>转到队列中的下一张图像（J 或 ↓）</translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation>未选择图像</translation>
    </message>
    <message>
        <source>Your decision: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>您的复核结论：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>尚未复核</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>分数 %1</translation>
    </message>
    <message>
        <source>%1 · class %2 · raw score %3</source>
        <translation>%1 · 类别 %2 · 原始分数 %3</translation>
    </message>
    <message>
        <source>%1, score %2, class %3, decision: %4</source>
        <translation>%1，分数 %2，类别 %3，复核结论：%4</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>未复核</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>已复核 %1 / %2</translation>
    </message>
</context>
<context>
    <name>mddui::ReviewQueueModel</name>
    <message>
        <source>Good</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Model verdict</source>
        <translation>模型判定</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>复核结论</translation>
    </message>
    <message>
        <source>Operator score %1 (raw %2); %3 is the class&apos;s threshold</source>
        <translation>归一化分数 %1（原始 %2）；%3 为该类别的阈值</translation>
    </message>
</context>
<context>
    <name>mddui::RunControls</name>
    <message>
        <source>Model file (.mdda)</source>
        <translation>模型文件（.mdda）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>选择模型文件</translation>
    </message>
    <message>
        <source>Test split of the project&apos;s datasets</source>
        <translation>项目数据集的测试集</translation>
    </message>
    <message>
        <source>A folder of images</source>
        <translation>图像文件夹</translation>
    </message>
    <message>
        <source>Folder (searched with its subfolders)</source>
        <translation>文件夹（含子文件夹）</translation>
    </message>
    <message>
        <source>Choose a folder of images</source>
        <translation>选择图像文件夹</translation>
    </message>
    <message>
        <source>The images&apos; product class; Automatic lets the model recognise it</source>
        <translation>图像的产品类别；选择“自动”时由模型识别</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>类别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the model on the chosen images</source>
        <translation>在所选图像上运行模型</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop after the current batch; the images done are kept</source>
        <translation>在当前批次完成后停止；已处理的图像结果会保留</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>图像(&amp;I)：</translation>
    </message>
    <message numerus="yes">
        <source>Test split of the project&apos;s datasets (%n images)</source>
        <translation>
            <numerusform>项目数据集的测试集（%n 张图像）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: loading the model and the first images…</source>
        <translation>%1：正在加载模型和首批图像…</translation>
    </message>
    <message>
        <source>%1 / %2 images · ETA %3</source>
        <translation>%1 / %2 张图像 · 预计剩余 %3</translation>
    </message>
    <message>
        <source>The model file &apos;%1&apos; does not exist: choose another model file.</source>
        <translation>模型文件“%1”不存在：请选择其他模型文件。</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>打开模型文件</translation>
    </message>
    <message>
        <source>MDD-Net models (*.mdda);;All files (*)</source>
        <translation>MDD-Net 模型 (*.mdda);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
</context>
<context>
    <name>mddui::SampleListModel</name>
    <message>
        <source>%1
Class: %2
Split: %3</source>
        <translation>%1
类别：%2
子集：%3</translation>
    </message>
    <message>
        <source>
Defect type: %1</source>
        <translation>
缺陷类型：%1</translation>
    </message>
    <message>
        <source>
Verdict: %1</source>
        <translation>
判定：%1</translation>
    </message>
    <message>
        <source>
Score: %1</source>
        <translation>
分数：%1</translation>
    </message>
    <message>
        <source>
Reviewed as: %1</source>
        <translation>
复核为：%1</translation>
    </message>
    <message>
        <source>
Cannot be read: %1</source>
        <translation>
无法读取：%1</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>good</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>defect</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>待复核</translation>
    </message>
</context>
<context>
    <name>mddui::ScoreHistogram</name>
    <message>
        <source>raw image score</source>
        <translation>原始图像分数</translation>
    </message>
    <message>
        <source>images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <source>normal (%1)</source>
        <translation>正常（%1）</translation>
    </message>
    <message>
        <source>anomalous (%1)</source>
        <translation>异常（%1）</translation>
    </message>
    <message>
        <source>unlabelled (%1)</source>
        <translation>未标注（%1）</translation>
    </message>
</context>
<context>
    <name>mddui::ScreenshotTour</name>
    <message>
        <source>Cannot create the screenshot folder &apos;%1&apos;: choose a folder you can write to.</source>
        <translation>无法创建截图文件夹“%1”：请选择一个可写入的文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the screenshot &apos;%1&apos;: check the free space and the folder&apos;s permissions.</source>
        <translation>无法写入截图“%1”：请检查可用空间和文件夹权限。</translation>
    </message>
</context>
<context>
    <name>mddui::SynthesisSettings</name>
    <message>
        <source>Texture folder</source>
        <translation>纹理文件夹</translation>
    </message>
    <message>
        <source>Follow the data (grey on grey images)</source>
        <translation>跟随数据（灰度图像用灰色）</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰色</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>Grey training images get grey anomalies, so that colour alone never marks a defect.</source>
        <translation>灰度训练图像使用灰色异常，使颜色本身永远不会标记缺陷。</translation>
    </message>
    <message>
        <source>Anomaly c&amp;olour:</source>
        <translation>异常颜色(&amp;O)：</translation>
    </message>
    <message>
        <source>Share of training images that get a synthetic anomaly.</source>
        <translation>添加合成异常的训练图像比例。</translation>
    </message>
    <message>
        <source>Anomal&amp;y share:</source>
        <translation>异常比例(&amp;Y)：</translation>
    </message>
    <message>
        <source>Up to this share of the original stays visible under the painted texture.</source>
        <translation>在绘制的纹理下，原图最多保留此比例可见。</translation>
    </message>
    <message>
        <source>&amp;Blend up to:</source>
        <translation>混合上限(&amp;B)：</translation>
    </message>
    <message>
        <source>Perlin noise periods per image side: larger powers paint finer speckle.</source>
        <translation>每条图像边的 Perlin 噪声周期：幂越大，斑点越细。</translation>
    </message>
    <message>
        <source>Noise &amp;periods:</source>
        <translation>噪声周期(&amp;P)：</translation>
    </message>
    <message>
        <source>Noise above this value is painted: higher paints less.</source>
        <translation>噪声高于此值的部分会被绘制：值越高，绘制越少。</translation>
    </message>
    <message>
        <source>Noise t&amp;hreshold:</source>
        <translation>噪声阈值(&amp;H)：</translation>
    </message>
    <message>
        <source>Rotate anomaly shapes</source>
        <translation>旋转异常形状</translation>
    </message>
    <message>
        <source>Vary texture colour and contrast</source>
        <translation>改变纹理颜色和对比度</translation>
    </message>
    <message>
        <source>Paint on the object only</source>
        <translation>仅在物体上绘制</translation>
    </message>
    <message>
        <source>For object classes: estimate each image&apos;s object and keep anomalies on it.</source>
        <translation>用于物体类别：估计每张图像中的物体，并将异常限制在物体上。</translation>
    </message>
    <message>
        <source>Use installed textures (GIMP patterns)</source>
        <translation>使用已安装的纹理（GIMP 图案）</translation>
    </message>
    <message>
        <source>Use shuffled crops of the training images</source>
        <translation>使用训练图像的打乱裁剪块</translation>
    </message>
    <message>
        <source>optional: a folder of your own textures</source>
        <translation>可选：你自己的纹理文件夹</translation>
    </message>
    <message>
        <source>Te&amp;xture folder:</source>
        <translation>纹理文件夹(&amp;X)：</translation>
    </message>
</context>
<context>
    <name>mddui::ThresholdFit</name>
    <message>
        <source>F1-optimal needs both normal and anomalous images with ground truth in these results; use max normal score or target FPR instead</source>
        <translation>F1 最优需要这些结果中同时包含带真值的正常图像和异常图像；请改用“最高正常分数”或“目标假阳性率”</translation>
    </message>
    <message>
        <source>Needs normal images with ground truth in these results</source>
        <translation>这些结果中需要包含带真值的正常图像</translation>
    </message>
</context>
<context>
    <name>mddui::ThresholdWorkbench</name>
    <message>
        <source>The model&apos;s thresholds of %1 are invalid, so those rows keep their verdicts; retrain or refit the class.</source>
        <translation>模型中 %1 的阈值无效，因此这些行保留原有判定；请重新训练或重新拟合该类别。</translation>
    </message>
    <message>
        <source>Could not save the thresholds: the model file %1 does not exist. Choose the model these results came from.</source>
        <translation>无法保存阈值：模型文件 %1 不存在。请选择生成这些结果的模型。</translation>
    </message>
    <message>
        <source>Could not save the thresholds into %1: %2. The file was left as it was; check that it is the model these results came from and can be written.</source>
        <translation>无法将阈值保存到 %1：%2。文件保持原样；请确认它是生成这些结果的模型，并且可以写入。</translation>
    </message>
    <message>
        <source>Could not fit the threshold: %1</source>
        <translation>无法拟合阈值：%1</translation>
    </message>
    <message>
        <source>Fitted on this run&apos;s %1 normal and %2 anomalous images of %3.</source>
        <translation>已基于本次运行中 %3 的 %1 张正常图像和 %2 张异常图像完成拟合。</translation>
    </message>
    <message>
        <source>Restored the model&apos;s thresholds.</source>
        <translation>已恢复模型的阈值。</translation>
    </message>
    <message>
        <source>These thresholds cannot be used: %1</source>
        <translation>无法使用这些阈值：%1</translation>
    </message>
    <message>
        <source>F1-optimal</source>
        <translation>F1 最优</translation>
    </message>
    <message>
        <source>Max normal score</source>
        <translation>最高正常分数</translation>
    </message>
    <message>
        <source>Target FPR</source>
        <translation>目标假阳性率</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Choosing a method fits the threshold on this run&apos;s scores of the class (images with ground truth)</source>
        <translation>选择一种方法后，将基于本次运行中该类别的分数（带真值的图像）拟合阈值</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>At most this share of normal images is called a defect</source>
        <translation>正常图像被判为缺陷的比例不超过此值</translation>
    </message>
    <message>
        <source>Raw image score: a score above it is a defect</source>
        <translation>原始图像分数：高于此值即为缺陷</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <source>Target FPR:</source>
        <translation>目标假阳性率：</translation>
    </message>
    <message>
        <source>Threshold t:</source>
        <translation>阈值 t：</translation>
    </message>
    <message>
        <source>Needs-review band</source>
        <translation>待复核区间</translation>
    </message>
    <message>
        <source>Scores above T2 are defects, between T1 and T2 need review, at or below T1 are good</source>
        <translation>分数高于 T2 为缺陷，介于 T1 与 T2 之间为待复核，等于或低于 T1 为合格</translation>
    </message>
    <message>
        <source>Uncertain band</source>
        <translation>不确定区间</translation>
    </message>
    <message>
        <source>T1 (review above):</source>
        <translation>T1（高于此值待复核）：</translation>
    </message>
    <message>
        <source>T2 (defect above):</source>
        <translation>T2（高于此值为缺陷）：</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Restore the thresholds the model was loaded with</source>
        <translation>恢复为加载模型时的阈值</translation>
    </message>
    <message>
        <source>Save to model</source>
        <translation>保存到模型</translation>
    </message>
    <message>
        <source>Write every class&apos;s thresholds into the model file</source>
        <translation>将所有类别的阈值写入模型文件</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>No thresholds to tune: run a model on images first.</source>
        <translation>没有可调整的阈值：请先在图像上运行模型。</translation>
    </message>
    <message>
        <source>This run has no results of class %1.</source>
        <translation>本次运行中没有类别 %1 的结果。</translation>
    </message>
    <message>
        <source>%1 images: %2 good, %3 need review, %4 defect</source>
        <translation>%1 张图像：合格 %2 张，待复核 %3 张，缺陷 %4 张</translation>
    </message>
    <message>
        <source>%1 images: %2 good, %3 defect</source>
        <translation>%1 张图像：合格 %2 张，缺陷 %3 张</translation>
    </message>
</context>
<context>
    <name>mddui::TrainingForm</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>The pretrained teacher network whose features MDD-Net restores.</source>
        <translation>预训练的教师网络，MDD-Net 恢复的正是其特征。</translation>
    </message>
    <message>
        <source>&amp;Backbone:</source>
        <translation>骨干网络(&amp;B)：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Side of the square network input; larger finds smaller defects but trains slower.</source>
        <translation>方形网络输入的边长；越大越能发现更小的缺陷，但训练更慢。</translation>
    </message>
    <message>
        <source>&amp;Image size:</source>
        <translation>图像尺寸(&amp;I)：</translation>
    </message>
    <message>
        <source>Passes over the training images (ignored when iterations are set).</source>
        <translation>遍历训练图像的轮数（设置了迭代次数时忽略）。</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>训练轮数(&amp;E)：</translation>
    </message>
    <message>
        <source>Images per step; lower it when memory runs out.</source>
        <translation>每步的图像数；内存或显存不足时请调低。</translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation>批大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>高级设置</translation>
    </message>
    <message>
        <source>use epochs</source>
        <translation>按训练轮数</translation>
    </message>
    <message>
        <source>Train exactly this many steps; 0 trains the epochs above.</source>
        <translation>精确训练此步数；0 表示按上面的训练轮数训练。</translation>
    </message>
    <message>
        <source>I&amp;terations:</source>
        <translation>迭代次数(&amp;T)：</translation>
    </message>
    <message>
        <source>At batch 16; scaled with the batch size.</source>
        <translation>以批大小 16 为基准；随批大小按比例缩放。</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>学习率(&amp;L)：</translation>
    </message>
    <message>
        <source>The same seed and settings train the same model.</source>
        <translation>相同的种子和设置会训练出相同的模型。</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>种子(&amp;S)：</translation>
    </message>
    <message>
        <source>Share of each class&apos;s normal training images kept aside to fit its thresholds; changing it reloads the dataset.</source>
        <translation>每个类别中留出用于拟合其阈值的正常训练图像比例；更改后会重新加载数据集。</translation>
    </message>
    <message>
        <source>&amp;Validation fraction:</source>
        <translation>验证集比例(&amp;V)：</translation>
    </message>
    <message>
        <source>Letterbox (keep aspect)</source>
        <translation>边缘填充（保持宽高比）</translation>
    </message>
    <message>
        <source>Squash to square</source>
        <translation>拉伸为正方形</translation>
    </message>
    <message>
        <source>Centre crop</source>
        <translation>中心裁剪</translation>
    </message>
    <message>
        <source>&amp;Aspect handling:</source>
        <translation>宽高比处理(&amp;A)：</translation>
    </message>
    <message>
        <source>Class-aware memory (CMM)</source>
        <translation>类别感知记忆（CMM）</translation>
    </message>
    <message>
        <source>Per-class memory banks on the restoration path.</source>
        <translation>恢复路径上的按类别记忆库。</translation>
    </message>
    <message>
        <source>Teacher vs restoration (A_TR)</source>
        <translation>教师网络 vs 恢复（A_TR）</translation>
    </message>
    <message>
        <source>Fused</source>
        <translation>融合</translation>
    </message>
    <message>
        <source>Restoration vs identity (A_RI)</source>
        <translation>恢复 vs 恒等（A_RI）</translation>
    </message>
    <message>
        <source>Anomaly &amp;map:</source>
        <translation>异常图(&amp;M)：</translation>
    </message>
    <message>
        <source>only on cancel</source>
        <translation>仅在取消时</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>&amp;Checkpoint every:</source>
        <translation>检查点间隔(&amp;C)：</translation>
    </message>
    <message>
        <source>%1 (weights not installed)</source>
        <translation>%1（未安装权重）</translation>
    </message>
    <message>
        <source>Auto (GPU)</source>
        <translation>自动（GPU）</translation>
    </message>
    <message>
        <source>Auto (CPU)</source>
        <translation>自动（CPU）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA %1</source>
        <translation>CUDA 设备 %1</translation>
    </message>
    <message>
        <source>CUDA %1: %2</source>
        <translation>CUDA 设备 %1：%2</translation>
    </message>
    <message>
        <source>Synthetic anomalies</source>
        <translation>合成异常</translation>
    </message>
</context>
<context>
    <name>mddui::TrainingJob</name>
    <message>
        <source>No model file is chosen: set where the trained model is saved.</source>
        <translation>未选择模型文件：请设置训练后模型的保存位置。</translation>
    </message>
    <message>
        <source>The folder %1 for the model file does not exist: choose another location for the model.</source>
        <translation>模型文件所在的文件夹 %1 不存在：请为模型选择其他位置。</translation>
    </message>
    <message>
        <source>The dataset has no normal training images: load a dataset with train/good images (or a good/ folder) first.</source>
        <translation>数据集中没有正常训练图像：请先加载包含 train/good 图像（或 good/ 文件夹）的数据集。</translation>
    </message>
    <message>
        <source>Class &apos;%1&apos; has no validation images, so its thresholds cannot be fitted after training: raise the validation fraction (or add normal training images) and reload the dataset.</source>
        <translation>类别“%1”没有验证图像，因此训练后无法拟合其阈值：请提高验证集比例（或添加正常训练图像），然后重新加载数据集。</translation>
    </message>
    <message>
        <source>The checkpoint %1 does not exist: start a new training instead.</source>
        <translation>检查点 %1 不存在：请改为开始新的训练。</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <source>Training failed with an unknown error.</source>
        <translation>训练因未知错误而失败。</translation>
    </message>
    <message>
        <source>%1 training on %2 images of %3 classes: backbone %4, %5 px, batch %6, device %7.</source>
        <translation>%1训练：%3 个类别共 %2 张图像，骨干网络 %4，%5 像素，批大小 %6，设备 %7。</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancelled after step %1 of %2; the checkpoint %3 lets Resume continue.</source>
        <translation>已在第 %1 步（共 %2 步）后取消；可通过“继续”从检查点 %3 接着训练。</translation>
    </message>
    <message>
        <source>Fitting each class&apos;s thresholds on %1 validation images…</source>
        <translation>正在使用 %1 张验证图像拟合各类别的阈值…</translation>
    </message>
    <message>
        <source>Cancelled while fitting thresholds: the trained model was not saved.</source>
        <translation>拟合阈值时已取消：训练好的模型未保存。</translation>
    </message>
    <message>
        <source>Model saved to %1.</source>
        <translation>模型已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>mddui::TrainingPanel</name>
    <message>
        <source>No dataset loaded.</source>
        <translation>未加载数据集。</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>开始训练(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Continue the cancelled run from its checkpoint.</source>
        <translation>从检查点继续已取消的训练任务。</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Training messages appear here.</source>
        <translation>训练消息将显示在此处。</translation>
    </message>
    <message>
        <source>Dataset: 1 class, %1 training and %2 validation images.</source>
        <translation>数据集：1 个类别，%1 张训练图像和 %2 张验证图像。</translation>
    </message>
    <message>
        <source>Dataset: %1 classes, %2 training and %3 validation images.</source>
        <translation>数据集：%1 个类别，%2 张训练图像和 %3 张验证图像。</translation>
    </message>
    <message>
        <source>There is no checkpoint %1 to resume: start a new training.</source>
        <translation>没有可继续的检查点 %1：请开始新的训练。</translation>
    </message>
    <message>
        <source>Resuming with the settings of the cancelled run.</source>
        <translation>使用已取消训练任务的设置继续。</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>将在当前步完成后取消…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Finished: %1 steps in %2</source>
        <translation>已完成：%1 步，用时 %2</translation>
    </message>
    <message>
        <source>Cancelled at step %1 / %2</source>
        <translation>已在第 %1 / %2 步取消</translation>
    </message>
    <message>
        <source>Failed: see the log</source>
        <translation>失败：请查看日志</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Load a dataset with normal training images first.</source>
        <translation>请先加载包含正常训练图像的数据集。</translation>
    </message>
    <message>
        <source>Choose where the model file is saved first.</source>
        <translation>请先选择模型文件的保存位置。</translation>
    </message>
    <message>
        <source>Train a new model from the start.</source>
        <translation>从头开始训练新模型。</translation>
    </message>
</context>
<context>
    <name>mddui::ViewerImageLoader</name>
    <message>
        <source>the model cannot tell this image&apos;s class: choose a class</source>
        <translation>模型无法判断此图像的类别：请选择一个类别</translation>
    </message>
    <message>
        <source>Cannot show &apos;%1&apos;: %2</source>
        <translation>无法显示“%1”：%2</translation>
    </message>
</context>
<context>
    <name>mddui::WorkbenchMetricsTable</name>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>I-AUROC</source>
        <translation>图像级 AUROC</translation>
    </message>
    <message>
        <source>I-AP</source>
        <translation>图像级 AP</translation>
    </message>
    <message>
        <source>I-F1max</source>
        <translation>图像级 F1max</translation>
    </message>
    <message>
        <source>P-AUROC</source>
        <translation>像素级 AUROC</translation>
    </message>
    <message>
        <source>P-AP</source>
        <translation>像素级 AP</translation>
    </message>
    <message>
        <source>P-F1max</source>
        <translation>像素级 F1max</translation>
    </message>
    <message>
        <source>AU-PRO</source>
        <translation>区域级 AU-PRO</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1 分数</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation>假阳性率</translation>
    </message>
    <message>
        <source>At the current threshold, live</source>
        <translation>当前阈值下，实时更新</translation>
    </message>
    <message>
        <source>From the run, independent of the threshold</source>
        <translation>来自本次运行，与阈值无关</translation>
    </message>
</context>
</TS>
