<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AtomicWrite</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2. Choose an existing folder you can write to.</source>
        <translation>「%1」に書き込めません：%2。書き込み可能な既存のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>the folder &apos;%1&apos; does not exist</source>
        <translation>フォルダー「%1」が存在しません</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: the disk is full. Free space on it or choose another folder, then save again; the previous file is unchanged.</source>
        <translation>「%1」に書き込めません：ディスクがいっぱいです。ディスクの空き容量を増やすか、別のフォルダーを選択してから、もう一度保存してください。以前のファイルは変更されていません。</translation>
    </message>
</context>
<context>
    <name>InferenceRuns</name>
    <message>
        <source>The model file &apos;%1&apos; has no fitted thresholds for class &apos;%2&apos;: fit them (mddnet thresholds fit) or train the model to the end.</source>
        <translation>モデルファイル「%1」にはクラス「%2」の調整済みしきい値がありません。しきい値を調整する（mddnet thresholds fit）か、モデルの学習を最後まで行ってください。</translation>
    </message>
    <message>
        <source>The dataset&apos;s %1 split has no images of the model&apos;s classes (%2): load a dataset of those classes or choose another model.</source>
        <translation>データセットの %1 セットに、モデルのクラス（%2）の画像がありません。これらのクラスのデータセットを読み込むか、別のモデルを選択してください。</translation>
    </message>
    <message>
        <source>Inference with &apos;%1&apos; failed: %2</source>
        <translation>「%1」による推論に失敗しました：%2</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist: choose a folder of images.</source>
        <translation>フォルダー「%1」が存在しません。画像のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; holds no images (png, jpg, bmp, tif, webp): choose another folder.</source>
        <translation>フォルダー「%1」に画像（png、jpg、bmp、tif、webp）がありません。別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>The model has no class &apos;%1&apos; (its classes: %2): choose one of those.</source>
        <translation>モデルにクラス「%1」がありません（モデルのクラス：%2）。これらのいずれかを選択してください。</translation>
    </message>
    <message>
        <source>The model cannot tell this image&apos;s class: choose a class.</source>
        <translation>モデルはこの画像のクラスを判別できません。クラスを選択してください。</translation>
    </message>
</context>
<context>
    <name>InspectorMain</name>
    <message>
        <source>MDD-Net Inspector: train one anomaly-detection model for many product classes, inspect heatmaps, tune thresholds and review verdicts.</source>
        <translation>MDD-Net Inspector：多数の製品クラスに対応する異常検知モデルを 1 つ学習し、ヒートマップの確認、しきい値の調整、判定のレビューを行います。</translation>
    </message>
    <message>
        <source>An Inspector project (.mddproj) to open.</source>
        <translation>開く Inspector プロジェクト（.mddproj）。</translation>
    </message>
    <message>
        <source>[project]</source>
        <translation>[プロジェクト]</translation>
    </message>
    <message>
        <source>Open the demo project, preparing it first when needed (generated dataset, trained model, results).</source>
        <translation>デモプロジェクトを開きます。必要に応じて先に準備します（データセットの生成、モデルの学習、結果の作成）。</translation>
    </message>
    <message>
        <source>Where the demo project lives (default: the application&apos;s data folder).</source>
        <translation>デモプロジェクトの保存場所（既定：アプリケーションのデータフォルダー）。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>When the demo is ready, save a screenshot of each view into this folder.</source>
        <translation>デモの準備ができたら、各ビューのスクリーンショットをこのフォルダーに保存します。</translation>
    </message>
    <message>
        <source>Quit once the demo is ready (and the screenshots are saved): for machines without a display.</source>
        <translation>デモの準備ができたら（スクリーンショットの保存後に）終了します。ディスプレイのないマシン向けです。</translation>
    </message>
    <message>
        <source>training step %1 / %2, ETA %3 s</source>
        <translation>学習ステップ %1 / %2、残り %3 秒</translation>
    </message>
</context>
<context>
    <name>ProjectSchema</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>スキーマのバージョンを読み取れません：%1</translation>
    </message>
    <message>
        <source>it was written by a newer MDD-Net Inspector (schema %1, this version reads up to %2). Update the application to open it.</source>
        <translation>新しいバージョンの MDD-Net Inspector で作成されています（スキーマ %1、このバージョンが読み取れるのは %2 まで）。開くにはアプリケーションを更新してください。</translation>
    </message>
    <message>
        <source>cannot start the schema upgrade: %1</source>
        <translation>スキーマのアップグレードを開始できません：%1</translation>
    </message>
    <message>
        <source>schema upgrade to version %1 failed: %2</source>
        <translation>スキーマのバージョン %1 へのアップグレードに失敗しました：%2</translation>
    </message>
    <message>
        <source>cannot record schema version %1: %2</source>
        <translation>スキーマのバージョン %1 を記録できません：%2</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation>プロジェクト %1 を開けません：%2</translation>
    </message>
    <message>
        <source>(no file name)</source>
        <translation>（ファイル名なし）</translation>
    </message>
    <message>
        <source>no file name was given. Choose a .%1 file.</source>
        <translation>ファイル名が指定されていません。.%1 ファイルを選択してください。</translation>
    </message>
    <message>
        <source>it is a folder. Choose a .%1 file or a new file name.</source>
        <translation>フォルダーです。.%1 ファイルまたは新しいファイル名を選択してください。</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created. Choose a writable location.</source>
        <translation>フォルダー %1 を作成できません。書き込み可能な場所を選択してください。</translation>
    </message>
    <message>
        <source>the file cannot be read (%1). Check its permissions.</source>
        <translation>ファイルを読み取れません（%1）。アクセス権を確認してください。</translation>
    </message>
    <message>
        <source>it is not an MDD-Net Inspector project (not a SQLite database). The file was left unchanged; open a .%1 file or create a new project.</source>
        <translation>MDD-Net Inspector のプロジェクトではありません（SQLite データベースではありません）。ファイルは変更されていません。.%1 ファイルを開くか、新しいプロジェクトを作成してください。</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is missing. Reinstall MDD-Net Inspector or install the Qt 6 SQLite plugin.</source>
        <translation>Qt の SQLite ドライバー（QSQLITE）がありません。MDD-Net Inspector を再インストールするか、Qt 6 の SQLite プラグインをインストールしてください。</translation>
    </message>
    <message>
        <source>SQLite cannot open it (%1). Check the file&apos;s permissions and free disk space.</source>
        <translation>SQLite で開けません（%1）。ファイルのアクセス権とディスクの空き容量を確認してください。</translation>
    </message>
    <message>
        <source>it cannot be read as a SQLite database (%1). The file was left unchanged; open a .%2 file or create a new project.</source>
        <translation>SQLite データベースとして読み取れません（%1）。ファイルは変更されていません。.%2 ファイルを開くか、新しいプロジェクトを作成してください。</translation>
    </message>
    <message>
        <source>it is a SQLite database of another application, not an MDD-Net Inspector project. The file was left unchanged; open a .%1 file or create a new project.</source>
        <translation>別のアプリケーションの SQLite データベースであり、MDD-Net Inspector のプロジェクトではありません。ファイルは変更されていません。.%1 ファイルを開くか、新しいプロジェクトを作成してください。</translation>
    </message>
    <message>
        <source>SQLite refused its settings (%1).</source>
        <translation>SQLite が設定を受け付けませんでした（%1）。</translation>
    </message>
    <message>
        <source>its folder does not support SQLite&apos;s write-ahead log (a network drive?). Move the project to a local disk.</source>
        <translation>このフォルダーは SQLite の先行書き込みログ（WAL）に対応していません（ネットワークドライブの可能性があります）。プロジェクトをローカルディスクに移動してください。</translation>
    </message>
    <message>
        <source>Cannot create the models folder %1. Check the permissions of %2.</source>
        <translation>モデルフォルダー %1 を作成できません。%2 のアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>プロジェクトが開かれていません</translation>
    </message>
    <message>
        <source>integrity check returned nothing</source>
        <translation>整合性チェックが何も返しませんでした</translation>
    </message>
    <message>
        <source>%1 in the project %2: %3</source>
        <translation>%1（プロジェクト %2）：%3</translation>
    </message>
    <message>
        <source>No project is open. Open or create a project first.</source>
        <translation>プロジェクトが開かれていません。先にプロジェクトを開くか作成してください。</translation>
    </message>
    <message>
        <source>Cannot write to the project %1: %2. Close other programs that use it and try again.</source>
        <translation>プロジェクト %1 に書き込めません：%2。このプロジェクトを使用している他のプログラムを終了してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot save to the project %1: %2. Check the free disk space and try again.</source>
        <translation>プロジェクト %1 に保存できません：%2。ディスクの空き容量を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The dataset has no folder. Choose the dataset&apos;s root folder.</source>
        <translation>データセットにフォルダーがありません。データセットのルートフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Cannot look up the dataset %1</source>
        <translation>データセット %1 を検索できません</translation>
    </message>
    <message>
        <source>The dataset folder %1 is already in this project. Choose another folder, or remove the existing dataset first.</source>
        <translation>データセットフォルダー %1 は既にこのプロジェクトにあります。別のフォルダーを選択するか、先に既存のデータセットを削除してください。</translation>
    </message>
    <message>
        <source>Cannot add the dataset %1</source>
        <translation>データセット %1 を追加できません</translation>
    </message>
    <message>
        <source>Cannot remove dataset %1</source>
        <translation>データセット %1 を削除できません</translation>
    </message>
    <message>
        <source>There is no dataset %1 in this project.</source>
        <translation>このプロジェクトにデータセット %1 はありません。</translation>
    </message>
    <message>
        <source>Cannot read the datasets</source>
        <translation>データセットを読み取れません</translation>
    </message>
    <message>
        <source>Unknown training status &quot;%1&quot;; use running, finished, cancelled or failed.</source>
        <translation>不明な学習ステータス「%1」です。running、finished、cancelled、failed のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Cannot add the training run</source>
        <translation>学習ランを追加できません</translation>
    </message>
    <message>
        <source>Cannot update training run %1</source>
        <translation>学習ラン %1 を更新できません</translation>
    </message>
    <message>
        <source>There is no training run %1 in this project.</source>
        <translation>このプロジェクトに学習ラン %1 はありません。</translation>
    </message>
    <message>
        <source>Cannot read the training runs</source>
        <translation>学習ランを読み取れません</translation>
    </message>
    <message>
        <source>The model has no file path. Save the model file first.</source>
        <translation>モデルにファイルパスがありません。先にモデルファイルを保存してください。</translation>
    </message>
    <message>
        <source>Cannot look up training run %1</source>
        <translation>学習ラン %1 を検索できません</translation>
    </message>
    <message>
        <source>The model %1 names training run %2, which is not in this project.</source>
        <translation>モデル %1 は学習ラン %2 を参照していますが、この学習ランはこのプロジェクトにありません。</translation>
    </message>
    <message>
        <source>Cannot add the model %1</source>
        <translation>モデル %1 を追加できません</translation>
    </message>
    <message>
        <source>Cannot read the models</source>
        <translation>モデルを読み取れません</translation>
    </message>
    <message>
        <source>Cannot prepare storing inference results</source>
        <translation>推論結果の保存を準備できません</translation>
    </message>
    <message>
        <source>Cannot store inference result %1 of %2 (image &quot;%3&quot;, model %4)</source>
        <translation>推論結果（%2 件中 %1 件目）を保存できません（画像「%3」、モデル %4）</translation>
    </message>
    <message>
        <source>%1: the image path is empty. Nothing of this batch was stored.</source>
        <translation>%1：画像パスが空です。このバッチは何も保存されていません。</translation>
    </message>
    <message>
        <source>%1: model %2 is not in this project. Nothing of this batch was stored.</source>
        <translation>%1：モデル %2 はこのプロジェクトにありません。このバッチは何も保存されていません。</translation>
    </message>
    <message>
        <source>Cannot read the inference results of model %1</source>
        <translation>モデル %1 の推論結果を読み取れません</translation>
    </message>
    <message>
        <source>The review label has no image path.</source>
        <translation>レビューラベルに画像パスがありません。</translation>
    </message>
    <message>
        <source>Unknown review decision &quot;%1&quot; for %2; use good or defect.</source>
        <translation>%2 のレビュー結果「%1」は不明です。good または defect を使用してください。</translation>
    </message>
    <message>
        <source>Cannot store the review label of %1</source>
        <translation>%1 のレビューラベルを保存できません</translation>
    </message>
    <message>
        <source>Cannot remove the review label of %1</source>
        <translation>%1 のレビューラベルを削除できません</translation>
    </message>
    <message>
        <source>There is no review label for %1 in this project.</source>
        <translation>このプロジェクトに %1 のレビューラベルはありません。</translation>
    </message>
    <message>
        <source>Cannot read the review labels</source>
        <translation>レビューラベルを読み取れません</translation>
    </message>
</context>
<context>
    <name>ReportCases</name>
    <message>
        <source>Cannot load the model &apos;%1&apos; for the example overlays: %2</source>
        <translation>例示用オーバーレイのためにモデル「%1」を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Detected defects (highest scores)</source>
        <translation>検出された不良（スコアの高い順）</translation>
    </message>
    <message>
        <source>Highest-scoring normal images (false alarms first)</source>
        <translation>スコアの高い正常画像（過検出を先頭に表示）</translation>
    </message>
    <message>
        <source>Lowest-scoring defects (misses first)</source>
        <translation>スコアの低い不良（見逃しを先頭に表示）</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>%1: image scores</source>
        <translation>%1：画像スコア</translation>
    </message>
    <message>
        <source>raw image score</source>
        <translation>画像の生スコア</translation>
    </message>
    <message>
        <source>images</source>
        <translation>画像数</translation>
    </message>
    <message>
        <source>no scored images</source>
        <translation>スコア付きの画像がありません</translation>
    </message>
    <message>
        <source>normal (%1)</source>
        <translation>正常（%1）</translation>
    </message>
    <message>
        <source>anomalous (%1)</source>
        <translation>異常（%1）</translation>
    </message>
    <message>
        <source>unlabelled (%1)</source>
        <translation>ラベルなし（%1）</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>%1: ROC, I-AUROC %2</source>
        <translation>%1：ROC 曲線、画像 AUROC %2</translation>
    </message>
    <message>
        <source>%1: ROC</source>
        <translation>%1：ROC 曲線</translation>
    </message>
    <message>
        <source>false-positive rate</source>
        <translation>偽陽性率</translation>
    </message>
    <message>
        <source>true-positive rate</source>
        <translation>真陽性率</translation>
    </message>
    <message>
        <source>needs normal and anomalous images</source>
        <translation>正常画像と異常画像の両方が必要です</translation>
    </message>
    <message>
        <source>ROC</source>
        <translation>ROC 曲線</translation>
    </message>
    <message>
        <source>at threshold</source>
        <translation>しきい値での動作点</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>Cannot read the model file &apos;%1&apos;: %2. Choose the model the results came from and run it again.</source>
        <translation>モデルファイル「%1」を読み取れません：%2。結果の元になったモデルを選択して、もう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The PDF writer could not start.</source>
        <translation>PDF ライターを開始できませんでした。</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
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
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良品</translation>
    </message>
    <message>
        <source>defect</source>
        <translation>不良</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>F1-optimal on the validation split</source>
        <translation>検証セットで F1 最適</translation>
    </message>
    <message>
        <source>highest normal validation score</source>
        <translation>検証セットの正常スコアの最大値</translation>
    </message>
    <message>
        <source>target false-positive rate %1%</source>
        <translation>目標偽陽性率 %1%</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>手動設定</translation>
    </message>
    <message>
        <source>fused A_TR + A_RI</source>
        <translation>融合（A_TR + A_RI）</translation>
    </message>
    <message>
        <source>teacher vs restoration (A_TR)</source>
        <translation>教師と復元の差（A_TR）</translation>
    </message>
    <message>
        <source>restoration vs identity (A_RI)</source>
        <translation>復元と恒等の差（A_RI）</translation>
    </message>
    <message>
        <source>max of the map</source>
        <translation>マップの最大値</translation>
    </message>
    <message>
        <source>mean of the top %1%</source>
        <translation>上位 %1% の平均</translation>
    </message>
    <message>
        <source>max after %1 px pooling</source>
        <translation>%1 ピクセルのプーリング後の最大値</translation>
    </message>
    <message>
        <source>%1, Gaussian sigma %2, image score = %3</source>
        <translation>%1、ガウシアンの σ %2、画像スコア = %3</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>The model file stores no thresholds for this class.</source>
        <translation>モデルファイルにこのクラスのしきい値が保存されていません。</translation>
    </message>
    <message>
        <source>Image threshold</source>
        <translation>画像しきい値</translation>
    </message>
    <message>
        <source>Pixel threshold</source>
        <translation>ピクセルしきい値</translation>
    </message>
    <message>
        <source>Image score range</source>
        <translation>画像スコアの範囲</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Pixel score range</source>
        <translation>ピクセルスコアの範囲</translation>
    </message>
    <message>
        <source>Uncertain band</source>
        <translation>不確実範囲</translation>
    </message>
    <message>
        <source>%1 to %2 (needs review between)</source>
        <translation>%1～%2（この間は要確認）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>手法</translation>
    </message>
    <message>
        <source>defect (%1)</source>
        <translation>不良（%1）</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation>正解：%1</translation>
    </message>
    <message>
        <source>score %1 (raw %2)</source>
        <translation>スコア %1（生スコア %2）</translation>
    </message>
    <message>
        <source>No overlay: %1</source>
        <translation>オーバーレイなし：%1</translation>
    </message>
    <message>
        <source>None in this run.</source>
        <translation>この実行では該当なし。</translation>
    </message>
    <message>
        <source>MDD-Net model report</source>
        <translation>MDD-Net モデルレポート</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>プロジェクト：%1</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>モデルファイル</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>バックボーン</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>画像サイズ</translation>
    </message>
    <message>
        <source>%1 x %2 px</source>
        <translation>%1 × %2 ピクセル</translation>
    </message>
    <message>
        <source>Score map</source>
        <translation>スコアマップ</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 ステップ</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 ステップ</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 エポック</translation>
    </message>
    <message>
        <source>%1 epochs</source>
        <translation>%1 エポック</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>%1, %2, batch size %3, %4 on %5</source>
        <translation>%1、%2、バッチサイズ %3、%5 で %4</translation>
    </message>
    <message>
        <source>not recorded in the model file</source>
        <translation>モデルファイルに記録されていません</translation>
    </message>
    <message>
        <source>Trained at</source>
        <translation>学習日時</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>評価対象</translation>
    </message>
    <message>
        <source>%1: %2 images, %3 with ground truth</source>
        <translation>%1：画像 %2 枚（うち正解付き %3 枚）</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>評価指標</translation>
    </message>
    <message>
        <source>No metrics: the run had no ground truth. Run the model on a dataset split to get them.</source>
        <translation>評価指標なし：この実行には正解がありませんでした。評価指標を得るには、データセットのセットに対してモデルを実行してください。</translation>
    </message>
    <message>
        <source>Per class, in percent; mAD is the mean of the seven; the last row is the mean over classes.</source>
        <translation>クラスごとの値（%）。mAD は 7 指標の平均、最終行はクラス全体の平均です。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像数</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>不良数</translation>
    </message>
    <message>
        <source>I-AUROC</source>
        <translation>画像 AUROC</translation>
    </message>
    <message>
        <source>I-AP</source>
        <translation>画像 AP</translation>
    </message>
    <message>
        <source>I-F1max</source>
        <translation>画像 F1max</translation>
    </message>
    <message>
        <source>P-AUROC</source>
        <translation>ピクセル AUROC</translation>
    </message>
    <message>
        <source>P-AP</source>
        <translation>ピクセル AP</translation>
    </message>
    <message>
        <source>P-F1max</source>
        <translation>ピクセル F1max</translation>
    </message>
    <message>
        <source>AU-PRO</source>
        <translation>AU-PRO</translation>
    </message>
    <message>
        <source>mAD</source>
        <translation>mAD</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Decisions at the stored thresholds</source>
        <translation>保存済みしきい値での判定</translation>
    </message>
    <message>
        <source>Verdicts of this run; a false alarm is a normal image not called good, a miss a defect called good.</source>
        <translation>この実行の判定。過検出は良品と判定されなかった正常画像、見逃しは良品と判定された不良画像です。</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良品</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>不良</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>過検出</translation>
    </message>
    <message>
        <source>Misses</source>
        <translation>見逃し</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 枚中 %1 枚</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>クラス：%1</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>%1: score histogram</source>
        <translation>%1：スコアのヒストグラム</translation>
    </message>
    <message>
        <source>%1: ROC curve</source>
        <translation>%1：ROC 曲線</translation>
    </message>
    <message>
        <source>No charts.</source>
        <translation>グラフはありません。</translation>
    </message>
    <message>
        <source>MDD-Net model report: %1</source>
        <translation>MDD-Net モデルレポート：%1</translation>
    </message>
    <message>
        <source>Cannot write the report &apos;%1&apos;: %2</source>
        <translation>レポート「%1」を書き込めません：%2</translation>
    </message>
    <message>
        <source>, length-aware feature distance</source>
        <translation>、長さを考慮した特徴距離</translation>
    </message>
    <message>
        <source>, features averaged over %1 x %1 cells</source>
        <translation>、特徴を %1 x %1 セルで平均</translation>
    </message>
</context>
<context>
    <name>ReviewRecorder</name>
    <message>
        <source>No project is open, so the decision on %1 cannot be stored. Open or create a project first.</source>
        <translation>プロジェクトが開かれていないため、%1 のレビュー結果を保存できません。先にプロジェクトを開くか作成してください。</translation>
    </message>
    <message>
        <source>There is no review decision to undo.</source>
        <translation>元に戻すレビュー結果がありません。</translation>
    </message>
    <message>
        <source>No project is open, so the decision cannot be undone. Reopen the project.</source>
        <translation>プロジェクトが開かれていないため、レビュー結果を元に戻せません。プロジェクトを開き直してください。</translation>
    </message>
</context>
<context>
    <name>SqlTransaction</name>
    <message>
        <source>no transaction is open</source>
        <translation>トランザクションが開始されていません</translation>
    </message>
</context>
<context>
    <name>mddui::AboutDialog</name>
    <message>
        <source>About MDD-Net Inspector</source>
        <translation>MDD-Net Inspector について</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MDD-Net Inspector %1&lt;/h2&gt;&lt;p&gt;Multi-class unsupervised anomaly detection with a memory-augmented dual-decoder network.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MDD-Net Inspector %1&lt;/h2&gt;&lt;p&gt;メモリ拡張型デュアルデコーダーネットワークによる、マルチクラスの教師なし異常検知。&lt;/p&gt;</translation>
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
        <translation>CPU コア数：</translation>
    </message>
    <message>
        <source>Torch threads:</source>
        <translation>Torch スレッド数：</translation>
    </message>
    <message>
        <source>CUDA:</source>
        <translation>CUDA：</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <source>Compute device:</source>
        <translation>計算デバイス：</translation>
    </message>
    <message>
        <source>Teacher weights:</source>
        <translation>教師の重み：</translation>
    </message>
</context>
<context>
    <name>mddui::ClassCountTable</name>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Test good</source>
        <translation>テスト（良品）</translation>
    </message>
    <message>
        <source>Test defect</source>
        <translation>テスト（不良）</translation>
    </message>
    <message>
        <source>Masks</source>
        <translation>マスク</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>mddui::ConfusionView</name>
    <message>
        <source>Of the images not passed as good, the share that are defects</source>
        <translation>良品として合格しなかった画像のうち、不良である画像の割合</translation>
    </message>
    <message>
        <source>Of the defect images, the share not passed as good</source>
        <translation>不良画像のうち、良品として合格しなかった画像の割合</translation>
    </message>
    <message>
        <source>Of the good images, the share not passed as good</source>
        <translation>良品画像のうち、良品として合格しなかった画像の割合</translation>
    </message>
    <message>
        <source>Rows: ground truth · columns: verdict</source>
        <translation>行：正解 · 列：判定</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Anomalous</source>
        <translation>異常</translation>
    </message>
    <message>
        <source>Precision: %1</source>
        <translation>適合率：%1</translation>
    </message>
    <message>
        <source>Recall: %1</source>
        <translation>再現率：%1</translation>
    </message>
    <message>
        <source>F1: %1</source>
        <translation>F1 スコア：%1</translation>
    </message>
    <message>
        <source>FPR: %1</source>
        <translation>偽陽性率（FPR）：%1</translation>
    </message>
</context>
<context>
    <name>mddui::CurvePlots</name>
    <message>
        <source>false-positive rate</source>
        <translation>偽陽性率</translation>
    </message>
    <message>
        <source>true-positive rate</source>
        <translation>真陽性率</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>再現率</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>適合率</translation>
    </message>
    <message>
        <source>ROC: needs normal and anomalous images</source>
        <translation>ROC 曲線：正常画像と異常画像の両方が必要です</translation>
    </message>
    <message>
        <source>ROC · AUROC %1</source>
        <translation>ROC 曲線 · AUROC %1</translation>
    </message>
    <message>
        <source>Precision-recall: needs anomalous images</source>
        <translation>適合率-再現率曲線：異常画像が必要です</translation>
    </message>
    <message>
        <source>Precision-recall · AP %1</source>
        <translation>適合率-再現率曲線 · AP %1</translation>
    </message>
</context>
<context>
    <name>mddui::DatasetBrowser</name>
    <message>
        <source>Show one class</source>
        <translation>1 つのクラスを表示</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>すべてのクラス</translation>
    </message>
    <message>
        <source>Show one split</source>
        <translation>1 つのセットを表示</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>すべてのセット</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Show one verdict</source>
        <translation>1 つの判定を表示</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>すべての判定</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良品</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>不良</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Not inspected</source>
        <translation>未検査</translation>
    </message>
    <message>
        <source>Show by review label</source>
        <translation>レビューラベルで表示</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>すべてのレビュー状態</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未レビュー</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>レビュー済み</translation>
    </message>
    <message>
        <source>Reviewed good</source>
        <translation>レビュー済み（良品）</translation>
    </message>
    <message>
        <source>Reviewed defect</source>
        <translation>レビュー済み（不良）</translation>
    </message>
    <message>
        <source>Search file name</source>
        <translation>ファイル名を検索</translation>
    </message>
    <message>
        <source>%1 of %2 images</source>
        <translation>%2 枚中 %1 枚の画像</translation>
    </message>
</context>
<context>
    <name>mddui::DatasetImportDialog</name>
    <message>
        <source>New dataset</source>
        <translation>新しいデータセット</translation>
    </message>
    <message>
        <source>Folder that holds the images</source>
        <translation>画像が入っているフォルダー</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>Recognise the layout from the folders</source>
        <translation>フォルダーから構成を認識します</translation>
    </message>
    <message>
        <source>MVTec AD (many classes)</source>
        <translation>MVTec AD（複数クラス）</translation>
    </message>
    <message>
        <source>&lt;class&gt;/train/good, &lt;class&gt;/test/&lt;defect&gt;, &lt;class&gt;/ground_truth/&lt;defect&gt;</source>
        <translation>&lt;クラス&gt;/train/good、&lt;クラス&gt;/test/&lt;欠陥&gt;、&lt;クラス&gt;/ground_truth/&lt;欠陥&gt;</translation>
    </message>
    <message>
        <source>MVTec AD (one class)</source>
        <translation>MVTec AD（単一クラス）</translation>
    </message>
    <message>
        <source>train/good, test/&lt;defect&gt;, ground_truth/&lt;defect&gt;</source>
        <translation>train/good、test/&lt;欠陥&gt;、ground_truth/&lt;欠陥&gt;</translation>
    </message>
    <message>
        <source>VisA</source>
        <translation>VisA 形式</translation>
    </message>
    <message>
        <source>split_csv/1cls.csv next to the class folders</source>
        <translation>クラスフォルダーと同じ階層に split_csv/1cls.csv</translation>
    </message>
    <message>
        <source>Folder good/ + defect/</source>
        <translation>good/ + defect/ フォルダー</translation>
    </message>
    <message>
        <source>good/ and one folder per defect type; masks optional in masks/&lt;defect&gt;/</source>
        <translation>good/ と欠陥の種類ごとのフォルダー。マスクは任意で masks/&lt;欠陥&gt;/ に配置</translation>
    </message>
    <message>
        <source>Detected layout: —</source>
        <translation>検出された構成：—</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>構成(&amp;L)：</translation>
    </message>
    <message>
        <source>Choose a dataset folder.</source>
        <translation>データセットのフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Choose the dataset folder</source>
        <translation>データセットのフォルダーを選択</translation>
    </message>
    <message>
        <source>Detected layout: …</source>
        <translation>検出された構成：…</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>%1 を読み取り中…</translation>
    </message>
    <message>
        <source>Expected one of these layouts:
• MVTec AD, many classes: &lt;class&gt;/train/good, &lt;class&gt;/test/&lt;defect&gt;, &lt;class&gt;/ground_truth/&lt;defect&gt;
• MVTec AD, one class: train/good, test/&lt;defect&gt;, ground_truth/&lt;defect&gt;
• VisA: split_csv/1cls.csv
• Folder: good/ and one folder per defect type (masks optional in masks/&lt;defect&gt;/)</source>
        <translation>次のいずれかの構成が必要です：
• MVTec AD（複数クラス）：&lt;クラス&gt;/train/good、&lt;クラス&gt;/test/&lt;欠陥&gt;、&lt;クラス&gt;/ground_truth/&lt;欠陥&gt;
• MVTec AD（単一クラス）：train/good、test/&lt;欠陥&gt;、ground_truth/&lt;欠陥&gt;
• VisA：split_csv/1cls.csv
• フォルダー：good/ と欠陥の種類ごとのフォルダー（マスクは任意で masks/&lt;欠陥&gt;/ に配置）</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist. Choose an existing folder.
%2</source>
        <translation>フォルダー「%1」が存在しません。既存のフォルダーを選択してください。
%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, not a folder. Choose the folder that holds the dataset.
%2</source>
        <translation>「%1」はフォルダーではなくファイルです。データセットが入っているフォルダーを選択してください。
%2</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; cannot be read. Check its permissions.</source>
        <translation>フォルダー「%1」を読み取れません。アクセス権を確認してください。</translation>
    </message>
    <message>
        <source>No known dataset layout in &apos;%1&apos;.
%2</source>
        <translation>「%1」に既知のデータセット構成が見つかりません。
%2</translation>
    </message>
    <message>
        <source>Cannot read the dataset in &apos;%1&apos;: %2</source>
        <translation>「%1」のデータセットを読み取れません：%2</translation>
    </message>
    <message>
        <source>Detected layout: none</source>
        <translation>検出された構成：なし</translation>
    </message>
    <message>
        <source>Detected layout: %1</source>
        <translation>検出された構成：%1</translation>
    </message>
    <message>
        <source>1 class</source>
        <translation>1 クラス</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 クラス</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>画像 1 枚</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>画像 %1 枚</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>問題 1 件</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>問題 %1 件</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <source>%1 — read as %2, as chosen</source>
        <translation>%1 — 選択どおり %2 として読み込み</translation>
    </message>
    <message>
        <source>%1 — nothing to import; see the problems above.</source>
        <translation>%1 — インポートするものがありません。上記の問題を確認してください。</translation>
    </message>
</context>
<context>
    <name>mddui::DemoProject</name>
    <message>
        <source>Generating the demo dataset in %1...</source>
        <translation>%1 にデモ用データセットを生成しています...</translation>
    </message>
    <message>
        <source>Could not open the demo project %1</source>
        <translation>デモプロジェクト %1 を開けませんでした</translation>
    </message>
    <message>
        <source>Loading the demo dataset...</source>
        <translation>デモ用データセットを読み込んでいます...</translation>
    </message>
    <message>
        <source>Training the demo model (a few minutes on a CPU; only the first time)...</source>
        <translation>デモモデルを学習しています（CPU で数分かかります。初回のみ）...</translation>
    </message>
    <message>
        <source>Running the demo model on the test images...</source>
        <translation>デモモデルをテスト画像に対して実行しています...</translation>
    </message>
    <message>
        <source>Training of the demo model was cancelled.</source>
        <translation>デモモデルの学習はキャンセルされました。</translation>
    </message>
    <message>
        <source>Laying out the model&apos;s memory (t-SNE)...</source>
        <translation>モデルのメモリを配置しています（t-SNE）...</translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation>レポートなし：%1</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>レポートを書き込みました：%1</translation>
    </message>
    <message>
        <source>Writing the model report...</source>
        <translation>モデルレポートを書き込んでいます...</translation>
    </message>
</context>
<context>
    <name>mddui::ImageViewer</name>
    <message>
        <source>Side by side</source>
        <translation>並べて表示</translation>
    </message>
    <message>
        <source>Show the original and the overlay next to each other</source>
        <translation>元画像とオーバーレイを並べて表示します</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>元画像を表示</translation>
    </message>
    <message>
        <source>Switch the single view between the overlay and the original</source>
        <translation>単一表示をオーバーレイと元画像の間で切り替えます</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel zooms under the mouse)</source>
        <translation>縮小（Ctrl+ホイールでマウス位置を中心にズーム）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel zooms under the mouse)</source>
        <translation>拡大（Ctrl+ホイールでマウス位置を中心にズーム）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>画像をウィンドウに合わせます</translation>
    </message>
    <message>
        <source>Weight of the heatmap over the image</source>
        <translation>画像に重ねるヒートマップの強さ</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>ヒートマップの不透明度</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>元画像</translation>
    </message>
    <message>
        <source>Overlay: heatmap, predicted defect (red), ground truth (white)</source>
        <translation>オーバーレイ：ヒートマップ、予測された欠陥（赤）、正解（白）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>the result has no anomaly map</source>
        <translation>結果に異常マップがありません</translation>
    </message>
    <message>
        <source>No heatmap for &apos;%1&apos;: %2. Fit the model&apos;s thresholds or run the model again.</source>
        <translation>「%1」のヒートマップがありません：%2。モデルのしきい値を調整するか、モデルをもう一度実行してください。</translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation>画像が選択されていません</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Show overlay</source>
        <translation>オーバーレイを表示</translation>
    </message>
</context>
<context>
    <name>mddui::LoadIssueList</name>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…ほか %1 件</translation>
    </message>
</context>
<context>
    <name>mddui::LossPlot</name>
    <message>
        <source>total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>restoration</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>恒等</translation>
    </message>
    <message>
        <source>distillation</source>
        <translation>蒸留</translation>
    </message>
    <message>
        <source>memory class</source>
        <translation>メモリクラス</translation>
    </message>
    <message>
        <source>memory reconstruction</source>
        <translation>メモリ再構成</translation>
    </message>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Logarithmic loss axis</source>
        <translation>損失軸を対数目盛で表示</translation>
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
        <translation>使用中のモデル：%1</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>プロジェクト(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>画像(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>学習(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>結果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Memory</source>
        <translation>メモリ(&amp;M)</translation>
    </message>
    <message>
        <source>%1 has no result yet: run the model first (Ctrl+R).</source>
        <translation>%1 にはまだ結果がありません。先にモデルを実行してください（Ctrl+R）。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>新しいプロジェクト(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>プロジェクトを開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Dataset...</source>
        <translation>データセットを追加(&amp;A)...</translation>
    </message>
    <message>
        <source>Export &amp;Report...</source>
        <translation>レポートをエクスポート(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Train Model</source>
        <translation>モデルを学習(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Cancel Training</source>
        <translation>学習をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Run Model on Test Split</source>
        <translation>テストセットでモデルを実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run Model on &amp;Folder...</source>
        <translation>フォルダーに対してモデルを実行(&amp;F)...</translation>
    </message>
    <message>
        <source>Cancel &amp;Inference</source>
        <translation>推論をキャンセル(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>T&amp;hresholds</source>
        <translation>しきい値(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>レビュー(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MDD-Net Inspector</source>
        <translation>MDD-Net Inspector について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>履歴を消去</translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation>GPU：%1</translation>
    </message>
    <message>
        <source>Device used for training and inference</source>
        <translation>学習と推論に使用するデバイス</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>学習を実行中</translation>
    </message>
    <message>
        <source>Stop the training and quit? A checkpoint is saved; Resume continues it.</source>
        <translation>学習を停止して終了しますか？チェックポイントが保存され、「再開」で続きから学習できます。</translation>
    </message>
    <message>
        <source>Inspector projects (*.mddproj)</source>
        <translation>Inspector プロジェクト (*.mddproj)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新しいプロジェクト</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>データセットのフォルダー</translation>
    </message>
    <message>
        <source>Folder of images to inspect</source>
        <translation>検査する画像のフォルダー</translation>
    </message>
    <message>
        <source>Training is running: cancel it before switching projects.</source>
        <translation>学習を実行中です。プロジェクトを切り替える前に学習をキャンセルしてください。</translation>
    </message>
    <message>
        <source>%1 — MDD-Net Inspector</source>
        <translation>%1 - MDD-Net Inspector</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>プロジェクト：%1</translation>
    </message>
    <message>
        <source>Opened %1; loading its datasets...</source>
        <translation>%1 を開きました。データセットを読み込んでいます...</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in %1 class(es)</source>
        <translation>
            <numerusform>%1 クラス、画像 %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>Add dataset</source>
        <translation>データセットを追加</translation>
    </message>
    <message>
        <source>Train model</source>
        <translation>モデルを学習</translation>
    </message>
    <message>
        <source>Add a dataset with normal training images first (Ctrl+D).</source>
        <translation>先に正常な学習用画像を含むデータセットを追加してください（Ctrl+D）。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Model trained: %1</source>
        <translation>モデルの学習が完了しました：%1</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>学習に失敗しました</translation>
    </message>
    <message>
        <source>Run model</source>
        <translation>モデルを実行</translation>
    </message>
    <message>
        <source>The project has no model yet: train one first (Ctrl+T).</source>
        <translation>プロジェクトにまだモデルがありません。先にモデルを学習してください（Ctrl+T）。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <source>Run the model first (Ctrl+R): the report describes a run.</source>
        <translation>先にモデルを実行してください（Ctrl+R）。レポートは実行結果をまとめたものです。</translation>
    </message>
    <message>
        <source>Inference failed</source>
        <translation>推論に失敗しました</translation>
    </message>
    <message>
        <source>Saving results</source>
        <translation>結果の保存</translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed good image(s) added to the next training run.</source>
        <translation>
            <numerusform>レビューで良品とされた画像 %n 枚を次回の学習に追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save thresholds</source>
        <translation>しきい値を保存</translation>
    </message>
    <message>
        <source>Thresholds saved into %1</source>
        <translation>しきい値を %1 に保存しました</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>環境設定(&amp;P)...</translation>
    </message>
    <message numerus="yes">
        <source>CPU: %n thread(s)</source>
        <translation>
            <numerusform>CPU：%n スレッド</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mddui::MemoryInspector</name>
    <message>
        <source>t-SNE: %1 of %2 iterations</source>
        <translation>t-SNE：反復 %1 / %2</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>モデルなし</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>モデル：%1</translation>
    </message>
    <message>
        <source>Open or train a model to inspect its class-aware memory.</source>
        <translation>モデルを開くか学習して、クラス認識メモリを調べてください。</translation>
    </message>
    <message>
        <source>Press Compute to lay out the memory items of %1 with t-SNE.</source>
        <translation>「計算」を押すと、%1 のメモリ項目を t-SNE で配置します。</translation>
    </message>
    <message>
        <source>Could not read the model %1: %2</source>
        <translation>モデル %1 を読み取れませんでした：%2</translation>
    </message>
    <message>
        <source>%1 has no class-aware memory: it was trained with the memory switched off. Train a model with the memory on to inspect its items.</source>
        <translation>%1 にはクラス認識メモリがありません。メモリを無効にして学習されています。メモリ項目を調べるには、メモリを有効にしてモデルを学習してください。</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Cancelled; the previous layout is still shown.</source>
        <translation>キャンセルしました。以前の配置をそのまま表示しています。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n items)</source>
        <translation>
            <numerusform>%1（%n 項目）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laid out %n memory items in %1 s.</source>
        <translation>
            <numerusform>%n 個のメモリ項目を %1 秒で配置しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export yet: press Compute to lay out the memory first.</source>
        <translation>エクスポートするものがまだありません。先に「計算」を押してメモリを配置してください。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Export the memory plot as PNG</source>
        <translation>メモリのプロットを PNG としてエクスポート</translation>
    </message>
    <message>
        <source>Export the memory plot as PDF</source>
        <translation>メモリのプロットを PDF としてエクスポート</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>t-SNE layout</source>
        <translation>t-SNE による配置</translation>
    </message>
    <message>
        <source>Effective number of neighbours; lowered for scales with few items.</source>
        <translation>実効的な近傍数。項目の少ないスケールでは小さくされます。</translation>
    </message>
    <message>
        <source>Perplexity:</source>
        <translation>パープレキシティ：</translation>
    </message>
    <message>
        <source>Seed for a random start of the layout. The same settings always give the same layout.</source>
        <translation>配置のランダムな初期値に使うシード。同じ設定からは常に同じ配置が得られます。</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>シード：</translation>
    </message>
    <message>
        <source>Iterations:</source>
        <translation>反復回数：</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>計算</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Teacher scale</source>
        <translation>教師のスケール</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG をエクスポート…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF をエクスポート…</translation>
    </message>
</context>
<context>
    <name>mddui::MemoryJob</name>
    <message>
        <source>No model is open: open or train a model first.</source>
        <translation>モデルが開かれていません。先にモデルを開くか学習してください。</translation>
    </message>
    <message>
        <source>%1 has no class-aware memory: it was trained with the memory switched off. Train a model with the memory on to inspect its items.</source>
        <translation>%1 にはクラス認識メモリがありません。メモリを無効にして学習されています。メモリ項目を調べるには、メモリを有効にしてモデルを学習してください。</translation>
    </message>
    <message>
        <source>Could not analyse the memory of %1: %2</source>
        <translation>%1 のメモリを解析できませんでした：%2</translation>
    </message>
</context>
<context>
    <name>mddui::MemoryPlotExport</name>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to, with free space.</source>
        <translation>%1 を書き込めませんでした：%2。空き容量があり、書き込み可能なフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>ファイル名が指定されていません</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>フォルダー %1 が存在しません</translation>
    </message>
    <message>
        <source>no temporary folder (%1)</source>
        <translation>一時フォルダーがありません（%1）</translation>
    </message>
    <message>
        <source>the plot could not be rendered</source>
        <translation>プロットを描画できませんでした</translation>
    </message>
    <message>
        <source>CMM memory items (t-SNE)</source>
        <translation>CMM のメモリ項目（t-SNE）</translation>
    </message>
</context>
<context>
    <name>mddui::MemoryScaleStats</name>
    <message>
        <source>This scale</source>
        <translation>このスケール</translation>
    </message>
    <message>
        <source>Memory items</source>
        <translation>メモリ項目</translation>
    </message>
    <message>
        <source>Items in this scale&apos;s memory banks, over all classes.</source>
        <translation>このスケールのメモリバンクにある項目数（全クラスの合計）。</translation>
    </message>
    <message>
        <source>Class-specific</source>
        <translation>クラス固有</translation>
    </message>
    <message>
        <source>Items whose class probabilities favour few classes: coloured by the class whose bank they live in.</source>
        <translation>クラス確率が少数のクラスに偏っている項目。所属するバンクのクラスの色で表示されます。</translation>
    </message>
    <message>
        <source>Class-shared</source>
        <translation>クラス共有</translation>
    </message>
    <message>
        <source>The 10% of items with the highest entropy of their class probabilities: grey, joined to their two most probable classes.</source>
        <translation>クラス確率のエントロピーが最も高い上位 10% の項目。灰色で表示され、確率の高い 2 つのクラスと線で結ばれます。</translation>
    </message>
    <message>
        <source>Entropy threshold</source>
        <translation>エントロピーしきい値</translation>
    </message>
    <message>
        <source>The lowest entropy (nats) among the class-shared items.</source>
        <translation>クラス共有項目のうち最も低いエントロピー（ナット単位）。</translation>
    </message>
    <message>
        <source>Perplexity used</source>
        <translation>使用したパープレキシティ</translation>
    </message>
    <message>
        <source>The t-SNE perplexity, lowered to (items - 1) / 3 for few items.</source>
        <translation>t-SNE のパープレキシティ。項目が少ない場合は（項目数 - 1）/ 3 まで小さくされます。</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>シルエット係数</translation>
    </message>
    <message>
        <source>How well the t-SNE points cluster by owner class, from -1 to 1: higher is better.</source>
        <translation>t-SNE の点が所属クラスごとにどれだけまとまっているか（-1～1、高いほど良好）。</translation>
    </message>
    <message>
        <source>Davies-Bouldin</source>
        <translation>Davies-Bouldin 指数</translation>
    </message>
    <message>
        <source>Mean similarity of each class cluster to its closest other one: lower is better, 0 is best.</source>
        <translation>各クラスのクラスターと、最も近い他のクラスターとの類似度の平均（低いほど良好、0 が最良）。</translation>
    </message>
    <message>
        <source>Trustworthiness</source>
        <translation>信頼性（Trustworthiness）</translation>
    </message>
    <message>
        <source>How well the 2-D neighbourhoods keep the items&apos; own neighbours, from 0 to 1: higher is better.</source>
        <translation>2 次元の近傍が項目本来の近傍をどれだけ保っているか（0～1、高いほど良好）。</translation>
    </message>
    <message>
        <source>%1 nats</source>
        <translation>%1 ナット</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>算出不可</translation>
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
        <translation>t-SNE 次元 1</translation>
    </message>
    <message>
        <source>t-SNE 2</source>
        <translation>t-SNE 次元 2</translation>
    </message>
    <message>
        <source>class-shared (highest entropy)</source>
        <translation>クラス共有（エントロピー最大）</translation>
    </message>
    <message>
        <source>CMM memory items (t-SNE)</source>
        <translation>CMM のメモリ項目（t-SNE）</translation>
    </message>
    <message>
        <source>CMM memory items, %1 scale (t-SNE)</source>
        <translation>CMM のメモリ項目、%1スケール（t-SNE）</translation>
    </message>
</context>
<context>
    <name>mddui::MemoryText</name>
    <message>
        <source>fine</source>
        <translation>細粒度</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>中粒度</translation>
    </message>
    <message>
        <source>coarse</source>
        <translation>粗粒度</translation>
    </message>
    <message>
        <source>scale %1</source>
        <translation>スケール %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>算出不可</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <source>Memory item of %1</source>
        <translation>%1 のメモリ項目</translation>
    </message>
    <message>
        <source>%1 scale · %2</source>
        <translation>%1スケール · %2</translation>
    </message>
    <message>
        <source>class-shared</source>
        <translation>クラス共有</translation>
    </message>
    <message>
        <source>class-specific</source>
        <translation>クラス固有</translation>
    </message>
    <message>
        <source>entropy %1 nats</source>
        <translation>エントロピー %1 ナット</translation>
    </message>
    <message>
        <source>class probabilities:</source>
        <translation>クラス確率：</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more classes</source>
        <translation>
            <numerusform>…ほか %n クラス</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mddui::MetricsTable</name>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像数</translation>
    </message>
    <message>
        <source>I-AUROC</source>
        <translation>画像 AUROC</translation>
    </message>
    <message>
        <source>I-AP</source>
        <translation>画像 AP</translation>
    </message>
    <message>
        <source>I-F1max</source>
        <translation>画像 F1max</translation>
    </message>
    <message>
        <source>P-AUROC</source>
        <translation>ピクセル AUROC</translation>
    </message>
    <message>
        <source>P-AP</source>
        <translation>ピクセル AP</translation>
    </message>
    <message>
        <source>P-F1max</source>
        <translation>ピクセル F1max</translation>
    </message>
    <message>
        <source>AU-PRO</source>
        <translation>AU-PRO</translation>
    </message>
    <message>
        <source>Metrics in percent on this split&apos;s ground truth</source>
        <translation>このセットの正解に対する評価指標（%）</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
</context>
<context>
    <name>mddui::ModelCache</name>
    <message>
        <source>no model file given: choose a model file</source>
        <translation>モデルファイルが指定されていません。モデルファイルを選択してください</translation>
    </message>
    <message>
        <source>the model file &apos;%1&apos; does not exist: choose another model file</source>
        <translation>モデルファイル「%1」が存在しません。別のモデルファイルを選択してください</translation>
    </message>
</context>
<context>
    <name>mddui::OverlayExportJob</name>
    <message>
        <source>Cannot create the folder &apos;%1&apos;: choose a folder you can write to.</source>
        <translation>フォルダー「%1」を作成できません。書き込み可能なフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Cannot load the model &apos;%1&apos;: %2</source>
        <translation>モデル「%1」を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Inference with &apos;%1&apos; failed: %2</source>
        <translation>「%1」による推論に失敗しました：%2</translation>
    </message>
    <message>
        <source>the model cannot tell its class: run it with the image&apos;s class chosen</source>
        <translation>モデルはクラスを判別できません。画像のクラスを選択してから実行してください</translation>
    </message>
</context>
<context>
    <name>mddui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <source>Menus, views, dates and numbers change at once; reports written from now on are in the new language too.</source>
        <translation>メニュー、ビュー、日付、数値はすぐに切り替わります。今後書き込むレポートも新しい言語になります。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
</context>
<context>
    <name>mddui::ProgressText</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
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
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>step %1 / %2 · %3 img/s · ETA %4</source>
        <translation>ステップ %1 / %2 · %3 枚/秒 · 残り %4</translation>
    </message>
    <message>
        <source>step %1 / %2  loss %3 (restoration %4, identity %5, distillation %6, memory class %7, memory reconstruction %8)</source>
        <translation>ステップ %1 / %2  損失 %3（復元 %4、恒等 %5、蒸留 %6、メモリクラス %7、メモリ再構成 %8）</translation>
    </message>
    <message>
        <source>%1  lr %2</source>
        <translation>%1  学習率 %2</translation>
    </message>
</context>
<context>
    <name>mddui::ProjectPage</name>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>クラス数</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像数</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Test good</source>
        <translation>テスト（良品）</translation>
    </message>
    <message>
        <source>Test defect</source>
        <translation>テスト（不良）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>バックボーン</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ数</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>&amp;Add dataset...</source>
        <translation>データセットを追加(&amp;A)...</translation>
    </message>
    <message>
        <source>Remove from project</source>
        <translation>プロジェクトから削除</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>このモデルを使用(&amp;U)</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Classes in the project</source>
        <translation>プロジェクト内のクラス</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>学習ラン</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;span&gt;%2&lt;/span&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;span&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No project open&lt;/h2&gt;&lt;span&gt;Create a project (Ctrl+N), open one (Ctrl+O), or drop an image folder on the window.&lt;/span&gt;</source>
        <translation>&lt;h2&gt;プロジェクトが開かれていません&lt;/h2&gt;&lt;span&gt;プロジェクトを作成する（Ctrl+N）か開く（Ctrl+O）か、画像フォルダーをウィンドウにドロップしてください。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Loading the datasets...</source>
        <translation>データセットを読み込んでいます...</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), no problems.</source>
        <translation>
            <numerusform>画像 %n 枚、問題なし。</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>Remove dataset</source>
        <translation>データセットを削除</translation>
    </message>
    <message>
        <source>Use model</source>
        <translation>モデルを使用</translation>
    </message>
    <message>
        <source>The model file %1 is missing: it was moved or deleted.</source>
        <translation>モデルファイル %1 がありません。移動または削除されています。</translation>
    </message>
    <message>
        <source>MVTec AD (many classes)</source>
        <translation>MVTec AD（複数クラス）</translation>
    </message>
    <message>
        <source>MVTec AD (one class)</source>
        <translation>MVTec AD（単一クラス）</translation>
    </message>
    <message>
        <source>VisA</source>
        <translation>VisA 形式</translation>
    </message>
    <message>
        <source>Folder good/ + defect/</source>
        <translation>good/ + defect/ フォルダー</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s); problems:
%1</source>
        <translation>
            <numerusform>画像 %n 枚。問題：
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
        <translation>%1 は既に存在します。そのファイルを開くか、新しいファイル名を選択してください。</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a project file.</source>
        <translation>%1 は存在しないか、プロジェクトファイルではありません。</translation>
    </message>
    <message>
        <source>No project is open: create or open a project first.</source>
        <translation>プロジェクトが開かれていません。先にプロジェクトを作成するか開いてください。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>プロジェクトが開かれていません。</translation>
    </message>
</context>
<context>
    <name>mddui::ReportDialog</name>
    <message>
        <source>Export model report</source>
        <translation>モデルレポートのエクスポート</translation>
    </message>
    <message>
        <source>Report file, e.g. model-report.html</source>
        <translation>レポートファイル（例：model-report.html）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>HTML and PDF</source>
        <translation>HTML と PDF</translation>
    </message>
    <message>
        <source>HTML only</source>
        <translation>HTML のみ</translation>
    </message>
    <message>
        <source>PDF only</source>
        <translation>PDF のみ</translation>
    </message>
    <message>
        <source>Overlays per class of detected defects, of the highest-scoring normal images and of the lowest-scoring defects</source>
        <translation>クラスごとの、検出された不良、スコアの高い正常画像、スコアの低い不良のオーバーレイ</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>作成(&amp;G)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>形式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Examples per class and kind:</source>
        <translation>クラス・種類ごとの例の数(&amp;E)：</translation>
    </message>
    <message>
        <source>Report of the model %1 on %2: %3, %4.</source>
        <translation>%2 に対するモデル %1 のレポート：%3、%4。</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>画像 1 枚</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>画像 %1 枚</translation>
    </message>
    <message>
        <source>1 class</source>
        <translation>1 クラス</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 クラス</translation>
    </message>
    <message>
        <source>No results to report yet: run a model on a dataset split first.</source>
        <translation>レポートする結果がまだありません。先にデータセットのセットに対してモデルを実行してください。</translation>
    </message>
    <message>
        <source>Choose a file to write the report to.</source>
        <translation>レポートの書き込み先のファイルを選択してください。</translation>
    </message>
    <message>
        <source>Write the report to</source>
        <translation>レポートの書き込み先</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf);;All files (*)</source>
        <translation>HTML レポート (*.html);;PDF レポート (*.pdf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 (1 page)</source>
        <translation>%1（1 ページ）</translation>
    </message>
    <message>
        <source>%1 (%2 pages)</source>
        <translation>%1（%2 ページ）</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 を書き込みました。</translation>
    </message>
    <message>
        <source>Examples without overlay: %1 (first: %2)</source>
        <translation>オーバーレイのない例：%1（最初の例：%2）</translation>
    </message>
    <message>
        <source>Cancelled: no report was written.</source>
        <translation>キャンセルしました。レポートは書き込まれていません。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 と %2</translation>
    </message>
</context>
<context>
    <name>mddui::ReportJob</name>
    <message>
        <source>Choose where to write the report: no HTML or PDF file was given.</source>
        <translation>レポートの書き込み先を選択してください。HTML または PDF ファイルが指定されていません。</translation>
    </message>
    <message>
        <source>Cannot write the report &apos;%1&apos;: the folder &apos;%2&apos; does not exist. Choose an existing folder.</source>
        <translation>レポート「%1」を書き込めません：フォルダー「%2」が存在しません。既存のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Cannot write the report &apos;%1&apos;: it is a folder. Choose a file name.</source>
        <translation>レポート「%1」を書き込めません：フォルダーです。ファイル名を選択してください。</translation>
    </message>
    <message>
        <source>Drawing the charts...</source>
        <translation>グラフを描画しています...</translation>
    </message>
    <message>
        <source>Drawing the example overlays...</source>
        <translation>例のオーバーレイを描画しています...</translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation>レポートを書き込んでいます...</translation>
    </message>
    <message>
        <source>Cannot write the report &apos;%1&apos;: %2</source>
        <translation>レポート「%1」を書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>mddui::ResultsPanel</name>
    <message>
        <source>Choose a model and the images to run it on, then press Run.</source>
        <translation>モデルと実行対象の画像を選択し、「実行」を押してください。</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Save every row as a CSV file</source>
        <translation>すべての行を CSV ファイルとして保存します</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON をエクスポート…</translation>
    </message>
    <message>
        <source>Save every row and the metrics as a JSON file</source>
        <translation>すべての行と評価指標を JSON ファイルとして保存します</translation>
    </message>
    <message>
        <source>Export overlays…</source>
        <translation>オーバーレイをエクスポート…</translation>
    </message>
    <message>
        <source>Write one heatmap overlay PNG per image into a folder</source>
        <translation>画像ごとにヒートマップのオーバーレイ PNG を 1 枚ずつフォルダーに書き込みます</translation>
    </message>
    <message>
        <source>Choose a model file first (Browse…).</source>
        <translation>先にモデルファイルを選択してください（参照…）。</translation>
    </message>
    <message>
        <source>The project has no test images: add a dataset with a test split, or run the model on a folder.</source>
        <translation>プロジェクトにテスト画像がありません。テストセットを含むデータセットを追加するか、フォルダーに対してモデルを実行してください。</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Choose a folder of images first (Browse…).</source>
        <translation>先に画像のフォルダーを選択してください（参照…）。</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>現在のバッチの完了後にキャンセルします…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message numerus="yes">
        <source>%n images in %1 s: %2 defect, %3 needs review, %4 good</source>
        <translation>
            <numerusform>画像 %n 枚を %1 秒で処理：不良 %2、要確認 %3、良品 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no result: %2</source>
        <translation>「%1」には結果がありません：%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to &apos;%1&apos;.</source>
        <translation>
            <numerusform>%n 行を「%1」に書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting overlays</source>
        <translation>オーバーレイのエクスポート中</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n overlay images.</source>
        <translation>
            <numerusform>オーバーレイ画像を %n 枚書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>結果を CSV としてエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Export results as JSON</source>
        <translation>結果を JSON としてエクスポート</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Choose a folder for the overlay images</source>
        <translation>オーバーレイ画像の保存先フォルダーを選択</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n could not be read (their rows say why)</source>
        <translation>
            <numerusform>%1。%n 枚は読み取れませんでした（理由は各行に表示されています）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — cancelled: the results cover the images done.</source>
        <translation>%1 — キャンセルしました。結果には処理済みの画像のみが含まれます。</translation>
    </message>
    <message>
        <source>%1 Cancelled before the end.</source>
        <translation>%1 完了前にキャンセルしました。</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n failed; the first: %2</source>
        <translation>
            <numerusform>%1 %n 枚が失敗しました。最初のエラー：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mddui::ResultsTableModel</name>
    <message>
        <source>Defect</source>
        <translation>不良</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良品</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良品</translation>
    </message>
    <message>
        <source>defect</source>
        <translation>不良</translation>
    </message>
    <message>
        <source>defect (%1)</source>
        <translation>不良（%1）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>正規化スコア</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Truth</source>
        <translation>正解</translation>
    </message>
</context>
<context>
    <name>mddui::ReviewImageLabel</name>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Cannot show this image: %1</source>
        <translation>この画像を表示できません：%1</translation>
    </message>
</context>
<context>
    <name>mddui::ReviewPanel</name>
    <message>
        <source>Run a model on images (Results page) to fill the review queue.</source>
        <translation>画像に対してモデルを実行すると（結果ページ）、レビューキューに画像が追加されます。</translation>
    </message>
    <message>
        <source>No results to review: run a model on images first.</source>
        <translation>レビューする結果がありません。先に画像に対してモデルを実行してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) to review, most uncertain first.</source>
        <translation>
            <numerusform>レビュー対象の画像 %n 枚（不確実なものから順に表示）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown review decision &quot;%1&quot;; use good or defect.</source>
        <translation>不明なレビュー結果「%1」です。good または defect を使用してください。</translation>
    </message>
    <message>
        <source>There is no image to decide on: run a model on images first.</source>
        <translation>判断する画像がありません。先に画像に対してモデルを実行してください。</translation>
    </message>
    <message>
        <source>%1 decided %2. Every image in the queue is reviewed.</source>
        <translation>%1 を「%2」と判断しました。キュー内のすべての画像のレビューが完了しました。</translation>
    </message>
    <message>
        <source>%1 decided %2 and stored.</source>
        <translation>%1 を「%2」と判断し、保存しました。</translation>
    </message>
    <message>
        <source>%1 needs review: the model gives no verdict to accept. Press G (good) or D (defect).</source>
        <translation>%1 は要確認です。モデルに採用できる判定がありません。G（良品）または D（不良）を押してください。</translation>
    </message>
    <message>
        <source>Undone: %1 is %2 again.</source>
        <translation>元に戻しました：%1 は再び「%2」です。</translation>
    </message>
    <message>
        <source>Undone: %1 is unreviewed again.</source>
        <translation>元に戻しました：%1 は再び未レビューです。</translation>
    </message>
    <message>
        <source>Select an image in the queue.</source>
        <translation>キューで画像を選択してください。</translation>
    </message>
    <message>
        <source>No results to review yet.</source>
        <translation>レビューする結果がまだありません。</translation>
    </message>
    <message>
        <source>Cannot show the heatmap of %1: %2 The plain image is shown instead.</source>
        <translation>%1 のヒートマップを表示できません：%2 代わりに元の画像を表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n image(s) with their decisions to %1.</source>
        <translation>
            <numerusform>%n 枚の画像とそのレビュー結果を %1 に書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export review decisions</source>
        <translation>レビュー結果をエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>No image reviewed as good is waiting to be added to training. Confirm good images with G first.</source>
        <translation>学習への追加を待っている、良品とレビューされた画像はありません。先に G で良品画像を確定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) reviewed as good will be added to the next training run.</source>
        <translation>
            <numerusform>良品とレビューされた画像 %n 枚が次回の学習に追加されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Review queue — most uncertain first</source>
        <translation>レビューキュー（不確実なものから順に表示）</translation>
    </message>
    <message>
        <source>Unreviewed only</source>
        <translation>未レビューのみ</translation>
    </message>
    <message>
        <source>Hide the images that already have a decision</source>
        <translation>既にレビュー結果がある画像を非表示にします</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Save every queued image with its verdict, decision and note as CSV</source>
        <translation>キュー内のすべての画像を、判定・レビュー結果・メモと共に CSV として保存します</translation>
    </message>
    <message>
        <source>Add reviewed good to training</source>
        <translation>良品とレビューした画像を学習に追加</translation>
    </message>
    <message>
        <source>Hand the images you confirmed as good to the next training run</source>
        <translation>良品と確定した画像を次回の学習に渡します</translation>
    </message>
    <message>
        <source>Optional note, stored with the decision (Esc returns to the queue)</source>
        <translation>レビュー結果と共に保存される任意のメモ（Esc でキューに戻ります）</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N)：</translation>
    </message>
    <message>
        <source>Good (G)</source>
        <translation>良品 (G)</translation>
    </message>
    <message>
        <source>Decide: this image is good, then go to the next unreviewed one</source>
        <translation>判断：この画像は良品です。次の未レビュー画像に進みます</translation>
    </message>
    <message>
        <source>Defect (D)</source>
        <translation>不良 (D)</translation>
    </message>
    <message>
        <source>Decide: this image is defective, then go to the next unreviewed one</source>
        <translation>判断：この画像は不良です。次の未レビュー画像に進みます</translation>
    </message>
    <message>
        <source>Accept verdict (Enter)</source>
        <translation>判定を採用 (Enter)</translation>
    </message>
    <message>
        <source>Take the model&apos;s verdict as the decision (not for needs review)</source>
        <translation>モデルの判定をそのままレビュー結果とします（要確認の画像には使用できません）</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>元に戻す (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last decision; press again to go further back</source>
        <translation>直前のレビュー結果を取り消します。繰り返し押すとさらに前に戻ります</translation>
    </message>
    <message>
        <source>Previous (K)</source>
        <translation>前へ (K)</translation>
    </message>
    <message>
        <source>Go to the previous image in the queue (K or Up)</source>
        <translation>キュー内の前の画像に移動します（K または ↑）</translation>
    </message>
    <message>
        <source>Next (J)</source>
        <translation>次へ (J)</translation>
    </message>
    <message>
        <source>Go to the next image in the queue (J or Down)</source>
        <translation>キュー内の次の画像に移動します（J または ↓）</translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation>画像が選択されていません</translation>
    </message>
    <message>
        <source>Your decision: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>あなたの判断：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>未レビュー</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>スコア %1</translation>
    </message>
    <message>
        <source>%1 · class %2 · raw score %3</source>
        <translation>%1 · クラス %2 · 生スコア %3</translation>
    </message>
    <message>
        <source>%1, score %2, class %3, decision: %4</source>
        <translation>%1、スコア %2、クラス %3、レビュー結果：%4</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>未レビュー</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%2 枚中 %1 枚レビュー済み</translation>
    </message>
</context>
<context>
    <name>mddui::ReviewQueueModel</name>
    <message>
        <source>Good</source>
        <translation>良品</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>不良</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Model verdict</source>
        <translation>モデルの判定</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>レビュー結果</translation>
    </message>
    <message>
        <source>Operator score %1 (raw %2); %3 is the class&apos;s threshold</source>
        <translation>正規化スコア %1（生スコア %2）。%3 がクラスのしきい値です</translation>
    </message>
</context>
<context>
    <name>mddui::RunControls</name>
    <message>
        <source>Model file (.mdda)</source>
        <translation>モデルファイル（.mdda）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>モデルファイルを選択</translation>
    </message>
    <message>
        <source>Test split of the project&apos;s datasets</source>
        <translation>プロジェクトのデータセットのテストセット</translation>
    </message>
    <message>
        <source>A folder of images</source>
        <translation>画像のフォルダー</translation>
    </message>
    <message>
        <source>Folder (searched with its subfolders)</source>
        <translation>フォルダー（サブフォルダーも検索）</translation>
    </message>
    <message>
        <source>Choose a folder of images</source>
        <translation>画像のフォルダーを選択</translation>
    </message>
    <message>
        <source>The images&apos; product class; Automatic lets the model recognise it</source>
        <translation>画像の製品クラス。「自動」を選ぶとモデルがクラスを認識します</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>クラス(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the model on the chosen images</source>
        <translation>選択した画像に対してモデルを実行します</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop after the current batch; the images done are kept</source>
        <translation>現在のバッチの完了後に停止します。処理済みの画像の結果は保持されます</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>画像(&amp;I)：</translation>
    </message>
    <message numerus="yes">
        <source>Test split of the project&apos;s datasets (%n images)</source>
        <translation>
            <numerusform>プロジェクトのデータセットのテストセット（画像 %n 枚）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: loading the model and the first images…</source>
        <translation>%1：モデルと最初の画像を読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 / %2 images · ETA %3</source>
        <translation>画像 %1 / %2 枚 · 残り %3</translation>
    </message>
    <message>
        <source>The model file &apos;%1&apos; does not exist: choose another model file.</source>
        <translation>モデルファイル「%1」が存在しません。別のモデルファイルを選択してください。</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>モデルファイルを開く</translation>
    </message>
    <message>
        <source>MDD-Net models (*.mdda);;All files (*)</source>
        <translation>MDD-Net モデル (*.mdda);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
</context>
<context>
    <name>mddui::SampleListModel</name>
    <message>
        <source>%1
Class: %2
Split: %3</source>
        <translation>%1
クラス：%2
セット：%3</translation>
    </message>
    <message>
        <source>
Defect type: %1</source>
        <translation>
欠陥の種類：%1</translation>
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
スコア：%1</translation>
    </message>
    <message>
        <source>
Reviewed as: %1</source>
        <translation>
レビュー結果：%1</translation>
    </message>
    <message>
        <source>
Cannot be read: %1</source>
        <translation>
読み取れません：%1</translation>
    </message>
    <message>
        <source>train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良品</translation>
    </message>
    <message>
        <source>defect</source>
        <translation>不良</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>要確認</translation>
    </message>
</context>
<context>
    <name>mddui::ScoreHistogram</name>
    <message>
        <source>raw image score</source>
        <translation>画像の生スコア</translation>
    </message>
    <message>
        <source>images</source>
        <translation>画像数</translation>
    </message>
    <message>
        <source>normal (%1)</source>
        <translation>正常（%1）</translation>
    </message>
    <message>
        <source>anomalous (%1)</source>
        <translation>異常（%1）</translation>
    </message>
    <message>
        <source>unlabelled (%1)</source>
        <translation>ラベルなし（%1）</translation>
    </message>
</context>
<context>
    <name>mddui::ScreenshotTour</name>
    <message>
        <source>Cannot create the screenshot folder &apos;%1&apos;: choose a folder you can write to.</source>
        <translation>スクリーンショット用フォルダー「%1」を作成できません。書き込み可能なフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Cannot write the screenshot &apos;%1&apos;: check the free space and the folder&apos;s permissions.</source>
        <translation>スクリーンショット「%1」を書き込めません。空き容量とフォルダーのアクセス権を確認してください。</translation>
    </message>
</context>
<context>
    <name>mddui::SynthesisSettings</name>
    <message>
        <source>Texture folder</source>
        <translation>テクスチャフォルダー</translation>
    </message>
    <message>
        <source>Follow the data (grey on grey images)</source>
        <translation>データに合わせる（グレー画像にはグレー）</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>グレー</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>カラー</translation>
    </message>
    <message>
        <source>Grey training images get grey anomalies, so that colour alone never marks a defect.</source>
        <translation>グレーの学習画像にはグレーの異常を描き、色だけで欠陥と判断されないようにします。</translation>
    </message>
    <message>
        <source>Anomaly c&amp;olour:</source>
        <translation>異常の色(&amp;O)：</translation>
    </message>
    <message>
        <source>Share of training images that get a synthetic anomaly.</source>
        <translation>合成異常を加える学習画像の割合。</translation>
    </message>
    <message>
        <source>Anomal&amp;y share:</source>
        <translation>異常の割合(&amp;Y)：</translation>
    </message>
    <message>
        <source>Up to this share of the original stays visible under the painted texture.</source>
        <translation>描かれたテクスチャの下に元画像がこの割合まで残ります。</translation>
    </message>
    <message>
        <source>&amp;Blend up to:</source>
        <translation>ブレンド上限(&amp;B)：</translation>
    </message>
    <message>
        <source>Perlin noise periods per image side: larger powers paint finer speckle.</source>
        <translation>画像の一辺あたりのパーリンノイズ周期：大きいべき乗ほど細かい斑点を描きます。</translation>
    </message>
    <message>
        <source>Noise &amp;periods:</source>
        <translation>ノイズ周期(&amp;P)：</translation>
    </message>
    <message>
        <source>Noise above this value is painted: higher paints less.</source>
        <translation>この値を超えるノイズの部分が描かれます。高いほど描く範囲が狭くなります。</translation>
    </message>
    <message>
        <source>Noise t&amp;hreshold:</source>
        <translation>ノイズしきい値(&amp;H)：</translation>
    </message>
    <message>
        <source>Rotate anomaly shapes</source>
        <translation>異常の形を回転</translation>
    </message>
    <message>
        <source>Vary texture colour and contrast</source>
        <translation>テクスチャの色とコントラストを変える</translation>
    </message>
    <message>
        <source>Paint on the object only</source>
        <translation>物体の上だけに描く</translation>
    </message>
    <message>
        <source>For object classes: estimate each image&apos;s object and keep anomalies on it.</source>
        <translation>物体クラス向け：各画像の物体を推定し、異常をその上に限定します。</translation>
    </message>
    <message>
        <source>Use installed textures (GIMP patterns)</source>
        <translation>インストール済みのテクスチャを使う（GIMP パターン）</translation>
    </message>
    <message>
        <source>Use shuffled crops of the training images</source>
        <translation>学習画像をシャッフルした切り抜きを使う</translation>
    </message>
    <message>
        <source>optional: a folder of your own textures</source>
        <translation>任意：独自のテクスチャのフォルダー</translation>
    </message>
    <message>
        <source>Te&amp;xture folder:</source>
        <translation>テクスチャフォルダー(&amp;X)：</translation>
    </message>
</context>
<context>
    <name>mddui::ThresholdFit</name>
    <message>
        <source>F1-optimal needs both normal and anomalous images with ground truth in these results; use max normal score or target FPR instead</source>
        <translation>F1 最適には、この結果に正解付きの正常画像と異常画像の両方が必要です。代わりに「正常スコアの最大値」または「目標 FPR」を使用してください</translation>
    </message>
    <message>
        <source>Needs normal images with ground truth in these results</source>
        <translation>この結果に正解付きの正常画像が必要です</translation>
    </message>
</context>
<context>
    <name>mddui::ThresholdWorkbench</name>
    <message>
        <source>The model&apos;s thresholds of %1 are invalid, so those rows keep their verdicts; retrain or refit the class.</source>
        <translation>%1 のモデルのしきい値が無効なため、該当する行の判定は変更されません。このクラスを再学習するか、しきい値を再調整してください。</translation>
    </message>
    <message>
        <source>Could not save the thresholds: the model file %1 does not exist. Choose the model these results came from.</source>
        <translation>しきい値を保存できませんでした：モデルファイル %1 が存在しません。結果の元になったモデルを選択してください。</translation>
    </message>
    <message>
        <source>Could not save the thresholds into %1: %2. The file was left as it was; check that it is the model these results came from and can be written.</source>
        <translation>しきい値を %1 に保存できませんでした：%2。ファイルは変更されていません。結果の元になったモデルであり、書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <source>Could not fit the threshold: %1</source>
        <translation>しきい値を調整できませんでした：%1</translation>
    </message>
    <message>
        <source>Fitted on this run&apos;s %1 normal and %2 anomalous images of %3.</source>
        <translation>この実行での %3 の正常画像 %1 枚と異常画像 %2 枚で調整しました。</translation>
    </message>
    <message>
        <source>Restored the model&apos;s thresholds.</source>
        <translation>モデルのしきい値を復元しました。</translation>
    </message>
    <message>
        <source>These thresholds cannot be used: %1</source>
        <translation>このしきい値は使用できません：%1</translation>
    </message>
    <message>
        <source>F1-optimal</source>
        <translation>F1 最適</translation>
    </message>
    <message>
        <source>Max normal score</source>
        <translation>正常スコアの最大値</translation>
    </message>
    <message>
        <source>Target FPR</source>
        <translation>目標 FPR</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Choosing a method fits the threshold on this run&apos;s scores of the class (images with ground truth)</source>
        <translation>手法を選ぶと、この実行でのこのクラスのスコア（正解付きの画像）からしきい値を調整します</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>At most this share of normal images is called a defect</source>
        <translation>正常画像のうち不良と判定される割合の上限</translation>
    </message>
    <message>
        <source>Raw image score: a score above it is a defect</source>
        <translation>画像の生スコア：これを超えるスコアは不良</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>手法：</translation>
    </message>
    <message>
        <source>Target FPR:</source>
        <translation>目標 FPR：</translation>
    </message>
    <message>
        <source>Threshold t:</source>
        <translation>しきい値 t：</translation>
    </message>
    <message>
        <source>Needs-review band</source>
        <translation>要確認範囲</translation>
    </message>
    <message>
        <source>Scores above T2 are defects, between T1 and T2 need review, at or below T1 are good</source>
        <translation>T2 を超えるスコアは不良、T1 を超え T2 以下は要確認、T1 以下は良品です</translation>
    </message>
    <message>
        <source>Uncertain band</source>
        <translation>不確実範囲</translation>
    </message>
    <message>
        <source>T1 (review above):</source>
        <translation>T1（超えると要確認）：</translation>
    </message>
    <message>
        <source>T2 (defect above):</source>
        <translation>T2（超えると不良）：</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Restore the thresholds the model was loaded with</source>
        <translation>モデルを読み込んだときのしきい値に戻します</translation>
    </message>
    <message>
        <source>Save to model</source>
        <translation>モデルに保存</translation>
    </message>
    <message>
        <source>Write every class&apos;s thresholds into the model file</source>
        <translation>すべてのクラスのしきい値をモデルファイルに書き込みます</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>クラス：</translation>
    </message>
    <message>
        <source>No thresholds to tune: run a model on images first.</source>
        <translation>調整するしきい値がありません。先に画像に対してモデルを実行してください。</translation>
    </message>
    <message>
        <source>This run has no results of class %1.</source>
        <translation>この実行にはクラス %1 の結果がありません。</translation>
    </message>
    <message>
        <source>%1 images: %2 good, %3 need review, %4 defect</source>
        <translation>画像 %1 枚：良品 %2、要確認 %3、不良 %4</translation>
    </message>
    <message>
        <source>%1 images: %2 good, %3 defect</source>
        <translation>画像 %1 枚：良品 %2、不良 %3</translation>
    </message>
</context>
<context>
    <name>mddui::TrainingForm</name>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>The pretrained teacher network whose features MDD-Net restores.</source>
        <translation>MDD-Net が特徴を復元する対象となる、事前学習済みの教師ネットワーク。</translation>
    </message>
    <message>
        <source>&amp;Backbone:</source>
        <translation>バックボーン(&amp;B)：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> ピクセル</translation>
    </message>
    <message>
        <source>Side of the square network input; larger finds smaller defects but trains slower.</source>
        <translation>正方形のネットワーク入力の一辺。大きいほど小さな欠陥を検出できますが、学習が遅くなります。</translation>
    </message>
    <message>
        <source>&amp;Image size:</source>
        <translation>画像サイズ(&amp;I)：</translation>
    </message>
    <message>
        <source>Passes over the training images (ignored when iterations are set).</source>
        <translation>学習用画像を何周するか（反復回数を指定した場合は無視されます）。</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>エポック数(&amp;E)：</translation>
    </message>
    <message>
        <source>Images per step; lower it when memory runs out.</source>
        <translation>1 ステップあたりの画像数。メモリが不足する場合は小さくしてください。</translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation>バッチサイズ(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>デバイス(&amp;D)：</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>use epochs</source>
        <translation>エポック数を使用</translation>
    </message>
    <message>
        <source>Train exactly this many steps; 0 trains the epochs above.</source>
        <translation>ちょうどこのステップ数だけ学習します。0 の場合は上のエポック数だけ学習します。</translation>
    </message>
    <message>
        <source>I&amp;terations:</source>
        <translation>反復回数(&amp;T)：</translation>
    </message>
    <message>
        <source>At batch 16; scaled with the batch size.</source>
        <translation>バッチサイズ 16 のときの値。バッチサイズに合わせてスケーリングされます。</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>学習率(&amp;L)：</translation>
    </message>
    <message>
        <source>The same seed and settings train the same model.</source>
        <translation>同じシードと設定からは同じモデルが学習されます。</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>シード(&amp;S)：</translation>
    </message>
    <message>
        <source>Share of each class&apos;s normal training images kept aside to fit its thresholds; changing it reloads the dataset.</source>
        <translation>しきい値の調整用に取り分ける、各クラスの正常な学習用画像の割合。変更するとデータセットが再読み込みされます。</translation>
    </message>
    <message>
        <source>&amp;Validation fraction:</source>
        <translation>検証用の割合(&amp;V)：</translation>
    </message>
    <message>
        <source>Letterbox (keep aspect)</source>
        <translation>レターボックス（縦横比を維持）</translation>
    </message>
    <message>
        <source>Squash to square</source>
        <translation>正方形に変形</translation>
    </message>
    <message>
        <source>Centre crop</source>
        <translation>中央を切り抜き</translation>
    </message>
    <message>
        <source>&amp;Aspect handling:</source>
        <translation>縦横比の処理(&amp;A)：</translation>
    </message>
    <message>
        <source>Class-aware memory (CMM)</source>
        <translation>クラス認識メモリ（CMM）</translation>
    </message>
    <message>
        <source>Per-class memory banks on the restoration path.</source>
        <translation>復元経路上のクラスごとのメモリバンク。</translation>
    </message>
    <message>
        <source>Teacher vs restoration (A_TR)</source>
        <translation>教師と復元の差（A_TR）</translation>
    </message>
    <message>
        <source>Fused</source>
        <translation>融合</translation>
    </message>
    <message>
        <source>Restoration vs identity (A_RI)</source>
        <translation>復元と恒等の差（A_RI）</translation>
    </message>
    <message>
        <source>Anomaly &amp;map:</source>
        <translation>異常マップ(&amp;M)：</translation>
    </message>
    <message>
        <source>only on cancel</source>
        <translation>キャンセル時のみ</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> ステップ</translation>
    </message>
    <message>
        <source>&amp;Checkpoint every:</source>
        <translation>チェックポイントの間隔(&amp;C)：</translation>
    </message>
    <message>
        <source>%1 (weights not installed)</source>
        <translation>%1（重み未インストール）</translation>
    </message>
    <message>
        <source>Auto (GPU)</source>
        <translation>自動（GPU）</translation>
    </message>
    <message>
        <source>Auto (CPU)</source>
        <translation>自動（CPU）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU のみ</translation>
    </message>
    <message>
        <source>CUDA %1</source>
        <translation>CUDA デバイス %1</translation>
    </message>
    <message>
        <source>CUDA %1: %2</source>
        <translation>CUDA デバイス %1：%2</translation>
    </message>
    <message>
        <source>Synthetic anomalies</source>
        <translation>合成異常</translation>
    </message>
</context>
<context>
    <name>mddui::TrainingJob</name>
    <message>
        <source>No model file is chosen: set where the trained model is saved.</source>
        <translation>モデルファイルが選択されていません。学習したモデルの保存先を設定してください。</translation>
    </message>
    <message>
        <source>The folder %1 for the model file does not exist: choose another location for the model.</source>
        <translation>モデルファイルの保存先フォルダー %1 が存在しません。モデルの保存先として別の場所を選択してください。</translation>
    </message>
    <message>
        <source>The dataset has no normal training images: load a dataset with train/good images (or a good/ folder) first.</source>
        <translation>データセットに正常な学習用画像がありません。先に train/good の画像（または good/ フォルダー）を含むデータセットを読み込んでください。</translation>
    </message>
    <message>
        <source>Class &apos;%1&apos; has no validation images, so its thresholds cannot be fitted after training: raise the validation fraction (or add normal training images) and reload the dataset.</source>
        <translation>クラス「%1」に検証用画像がないため、学習後にしきい値を調整できません。検証用の割合を大きくして（または正常な学習用画像を追加して）、データセットを再読み込みしてください。</translation>
    </message>
    <message>
        <source>The checkpoint %1 does not exist: start a new training instead.</source>
        <translation>チェックポイント %1 が存在しません。新しい学習を開始してください。</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>学習に失敗しました：%1</translation>
    </message>
    <message>
        <source>Training failed with an unknown error.</source>
        <translation>不明なエラーにより学習に失敗しました。</translation>
    </message>
    <message>
        <source>%1 training on %2 images of %3 classes: backbone %4, %5 px, batch %6, device %7.</source>
        <translation>%3 クラスの画像 %2 枚で学習を%1します：バックボーン %4、%5 ピクセル、バッチ %6、デバイス %7。</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Cancelled after step %1 of %2; the checkpoint %3 lets Resume continue.</source>
        <translation>ステップ %1 / %2 の後にキャンセルしました。チェックポイント %3 から「再開」で続きを学習できます。</translation>
    </message>
    <message>
        <source>Fitting each class&apos;s thresholds on %1 validation images…</source>
        <translation>検証用画像 %1 枚で各クラスのしきい値を調整しています…</translation>
    </message>
    <message>
        <source>Cancelled while fitting thresholds: the trained model was not saved.</source>
        <translation>しきい値の調整中にキャンセルしました。学習したモデルは保存されていません。</translation>
    </message>
    <message>
        <source>Model saved to %1.</source>
        <translation>モデルを %1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>mddui::TrainingPanel</name>
    <message>
        <source>No dataset loaded.</source>
        <translation>データセットが読み込まれていません。</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>学習を開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Continue the cancelled run from its checkpoint.</source>
        <translation>キャンセルした学習ランをチェックポイントから続行します。</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Training messages appear here.</source>
        <translation>学習のメッセージがここに表示されます。</translation>
    </message>
    <message>
        <source>Dataset: 1 class, %1 training and %2 validation images.</source>
        <translation>データセット：1 クラス、学習用画像 %1 枚、検証用画像 %2 枚。</translation>
    </message>
    <message>
        <source>Dataset: %1 classes, %2 training and %3 validation images.</source>
        <translation>データセット：%1 クラス、学習用画像 %2 枚、検証用画像 %3 枚。</translation>
    </message>
    <message>
        <source>There is no checkpoint %1 to resume: start a new training.</source>
        <translation>再開するチェックポイント %1 がありません。新しい学習を開始してください。</translation>
    </message>
    <message>
        <source>Resuming with the settings of the cancelled run.</source>
        <translation>キャンセルした学習ランの設定で再開します。</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>現在のステップの完了後にキャンセルします…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>準備中…</translation>
    </message>
    <message>
        <source>Finished: %1 steps in %2</source>
        <translation>完了：%1 ステップ（%2）</translation>
    </message>
    <message>
        <source>Cancelled at step %1 / %2</source>
        <translation>ステップ %1 / %2 でキャンセルしました</translation>
    </message>
    <message>
        <source>Failed: see the log</source>
        <translation>失敗：ログを参照してください</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Load a dataset with normal training images first.</source>
        <translation>先に正常な学習用画像を含むデータセットを読み込んでください。</translation>
    </message>
    <message>
        <source>Choose where the model file is saved first.</source>
        <translation>先にモデルファイルの保存先を選択してください。</translation>
    </message>
    <message>
        <source>Train a new model from the start.</source>
        <translation>新しいモデルを最初から学習します。</translation>
    </message>
</context>
<context>
    <name>mddui::ViewerImageLoader</name>
    <message>
        <source>the model cannot tell this image&apos;s class: choose a class</source>
        <translation>モデルはこの画像のクラスを判別できません。クラスを選択してください</translation>
    </message>
    <message>
        <source>Cannot show &apos;%1&apos;: %2</source>
        <translation>「%1」を表示できません：%2</translation>
    </message>
</context>
<context>
    <name>mddui::WorkbenchMetricsTable</name>
    <message>
        <source>Metric</source>
        <translation>評価指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>I-AUROC</source>
        <translation>画像 AUROC</translation>
    </message>
    <message>
        <source>I-AP</source>
        <translation>画像 AP</translation>
    </message>
    <message>
        <source>I-F1max</source>
        <translation>画像 F1max</translation>
    </message>
    <message>
        <source>P-AUROC</source>
        <translation>ピクセル AUROC</translation>
    </message>
    <message>
        <source>P-AP</source>
        <translation>ピクセル AP</translation>
    </message>
    <message>
        <source>P-F1max</source>
        <translation>ピクセル F1max</translation>
    </message>
    <message>
        <source>AU-PRO</source>
        <translation>AU-PRO</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>適合率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>再現率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1 スコア</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation>偽陽性率（FPR）</translation>
    </message>
    <message>
        <source>At the current threshold, live</source>
        <translation>現在のしきい値での値（リアルタイム）</translation>
    </message>
    <message>
        <source>From the run, independent of the threshold</source>
        <translation>実行全体の値（しきい値に依存しない）</translation>
    </message>
</context>
</TS>
