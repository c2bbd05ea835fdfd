<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CanvasExport</name>
    <message>
        <location filename="../widgets/main/canvas_export.cpp" line="+85"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to export: the canvas is empty.</source>
        <translation>没有可导出的内容：画布为空。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The PNG scale must be between %1× and %2×.</source>
        <translation>PNG 缩放倍数必须介于 %1× 和 %2× 之间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The canvas is too large for a %1× PNG (%2 × %3 px); choose a smaller scale or SVG/PDF.</source>
        <translation>画布过大，无法生成 %1× 的 PNG（%2 × %3 px）；请选择较小的倍数或改用 SVG/PDF。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not enough memory for a %1 × %2 px image.</source>
        <translation>内存不足，无法创建 %1 × %2 px 的图像。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not encode the PNG image.</source>
        <translation>无法编码 PNG 图像。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+24"/>
        <source>ClusterCanvas design</source>
        <translation>ClusterCanvas 设计</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Canvas exported by ClusterCanvas</source>
        <translation>由 ClusterCanvas 导出的画布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not start the SVG drawing.</source>
        <translation>无法开始创建 SVG 图形。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not start the PDF document.</source>
        <translation>无法开始创建 PDF 文档。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown export format for %1: use .png, .svg or .pdf.</source>
        <translation>%1 的导出格式未知：请使用 .png、.svg 或 .pdf。</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <location filename="../widgets/panels/catalog_text.cpp" line="+51"/>
        <source>read %1 GB/s</source>
        <translation>读取 %1 GB/s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>up to %1 W</source>
        <translation>最高 %1 W</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Mb/s typical</source>
        <translation>典型 %1 Mb/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>$%1/node-hour</source>
        <translation>$%1/节点小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 GB/s per accelerator per direction</source>
        <translation>每个加速器每方向 %1 GB/s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>List price ≈ %1</source>
        <translation>标价 ≈ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not priced</source>
        <translation>未定价</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (confidence: %1)</source>
        <translation>（可信度：%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
</context>
<context>
    <name>FabricEdit</name>
    <message>
        <location filename="../widgets/panels/fabric_text.cpp" line="+28"/>
        <source>%1 on %2, %3</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n port group(s)</source>
        <translation>
            <numerusform>%n 个端口组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n 个部件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n 条链路</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n scenario(s)</source>
        <translation>
            <numerusform>在 %n 个场景中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <location filename="../widgets/canvas/heat_legend.cpp" line="+17"/>
        <source>Utilisation:</source>
        <translation>利用率：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>idle (under %1)</source>
        <translation>空闲（低于 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and above</source>
        <translation>%1 及以上</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Heat overlay legend</source>
        <translation>热力叠加图例</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../widgets/style/language.cpp" line="+104"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes the next time you start ClusterCanvas.</source>
        <translation>语言将在下次启动 ClusterCanvas 时生效。</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <location filename="../widgets/scoring/metric_card.cpp" line="+11"/>
        <source>Accelerators</source>
        <translation>加速器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power (nominal)</source>
        <translation>额定功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step time</source>
        <translation>单步时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory per GPU</source>
        <translation>每 GPU 显存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs used</source>
        <translation>使用的 GPU 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to train</source>
        <translation>训练时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost to train</source>
        <translation>训练成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy to train</source>
        <translation>训练能耗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTFT p99</source>
        <translation>TTFT p99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TPOT</source>
        <translation>TPOT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency p99</source>
        <translation>延迟 p99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV-cache limit</source>
        <translation>KV 缓存上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs for the target</source>
        <translation>达成目标所需 GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per 1 M tokens</source>
        <translation>每百万词元成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streams per device</source>
        <translation>每台设备视频流数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-frame latency</source>
        <translation>单帧延迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uplink needed</source>
        <translation>所需上行带宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud path p99</source>
        <translation>云端路径 p99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power per site</source>
        <translation>每站点功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits the budget</source>
        <translation>满足预算</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../widgets/panels/palette_widget.cpp" line="+77"/>
        <source>Accelerators</source>
        <translation>加速器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodes and hosts</source>
        <translation>节点与主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge devices</source>
        <translation>边缘设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streams, WAN and cloud</source>
        <translation>视频流、WAN 与云</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/canvas/component_item.cpp" line="+24"/>
        <source>%1 — %2 × %3 %4
Drag to another port to link.</source>
        <translation>%1 — %2 × %3 %4
拖到另一个端口即可连接。</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/group_item.cpp" line="+39"/>
        <source>%1 %2 — stands for ×%3 copies (×%4 in all with its parents).
Double-click the badge to change ×N.</source>
        <translation>%1 %2 — 代表 ×%3 个副本（连同上级共 ×%4）。
双击徽标可修改 ×N。</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/link_item.cpp" line="+30"/>
        <source>%1 link %2
%3.%4 ↔ %5.%6
%7 per direction%8</source>
        <translation>%1 链路 %2
%3.%4 ↔ %5.%6
每方向 %7%8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 m</source>
        <translation>，%1 m</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chart_view.cpp" line="+114"/>
        <source>%1, millions</source>
        <translation>%1（百万）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, thousands</source>
        <translation>%1（千）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> — no data</source>
        <translation> — 无数据</translation>
    </message>
    <message>
        <location filename="../widgets/panels/workload_form.cpp" line="+62"/>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom: %1</source>
        <translation>自定义：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>software stack</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Software stack</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default (%1)</source>
        <translation>默认 (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The software the workload runs on. Default: the stack the accelerator&apos;s vendor publishes its results with.</source>
        <translation>运行该工作负载的软件。默认：加速器厂商发布其结果时所用的软件栈。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> B tokens</source>
        <translation> B 词元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dataset tokens</source>
        <translation>数据集词元数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+78"/>
        <location line="+74"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens in the whole training run (billions); sets time, cost and energy to train.</source>
        <translation>整个训练过程的词元数（十亿）；决定训练时间、成本和能耗。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source> samples</source>
        <translation> 个样本</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>dataset samples</source>
        <translation>数据集样本数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or samples</source>
        <translation>或样本数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images or sequences in the whole run, for non-token models (e.g. epochs × dataset).</source>
        <translation>整个训练过程的图像或序列数，用于非词元模型（例如 轮数 × 数据集）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>global batch</source>
        <translation>全局批大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global batch</source>
        <translation>全局批大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <location line="+3"/>
        <source> tokens</source>
        <translation> 词元</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>sequence length</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model default</source>
        <translation>模型默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence length</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parallelism</source>
        <translation>并行策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic (search the best plan)</source>
        <translation>自动（搜索最佳方案）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parallelism</source>
        <translation>并行策略</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+56"/>
        <source>Tensor parallel</source>
        <translation>张量并行</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Context parallel</source>
        <translation>上下文并行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline parallel</source>
        <translation>流水线并行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data parallel</source>
        <translation>数据并行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual stages</source>
        <translation>虚拟阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert parallel</source>
        <translation>专家并行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZeRO stage</source>
        <translation>ZeRO 阶段</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>recompute</source>
        <translation>重计算</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+45"/>
        <source>Recompute</source>
        <translation>重计算</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Input tokens</source>
        <translation>输入词元数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output tokens</source>
        <translation>输出词元数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request rate</source>
        <translation>请求速率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> req/s</source>
        <translation> 请求/秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set (closed loop)</source>
        <translation>未设置（闭环）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poisson arrivals (open loop). Leave unset to use a fixed concurrency.</source>
        <translation>泊松到达（开环）。不设置则使用固定并发数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concurrency</source>
        <translation>并发数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> clients</source>
        <translation> 个客户端</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TTFT p99 ≤</source>
        <translation>TTFT p99 ≤</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+33"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+35"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>TPOT ≤</source>
        <translation>TPOT ≤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latency p99 ≤</source>
        <translation>延迟 p99 ≤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End to end (pre/post-processing)</source>
        <translation>端到端（含前/后处理）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kernel only (MLPerf-style)</source>
        <translation>仅内核（MLPerf 方式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>pipeline</source>
        <translation>流水线</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Measure</source>
        <translation>测量范围</translation>
    </message>
    <message>
        <location line="-22"/>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fps per stream</source>
        <translation>每路视频流 fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera&apos;s own</source>
        <translation>摄像头自身帧率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysed fps</source>
        <translation>分析帧率 (fps)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames per second analysed per stream; unset uses each camera&apos;s frame rate.</source>
        <translation>每路视频流每秒分析的帧数；不设置则使用各摄像头的帧率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge</source>
        <translation>边缘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud</source>
        <translation>云端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>placement</source>
        <translation>部署位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placement</source>
        <translation>部署位置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>latency budget</source>
        <translation>延迟预算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency budget</source>
        <translation>延迟预算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End to end (decode, resize, NMS)</source>
        <translation>端到端（解码、缩放、NMS）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kernel only</source>
        <translation>仅内核</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../widgets/report/report_writer.cpp" line="+167"/>
        <source>Assumptions</source>
        <translation>假设条件</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility power ÷ IT power.</source>
        <translation>数据中心总功率 ÷ IT 设备功率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> $/kWh</source>
        <translation> $/kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>energy price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> $/GPU-hour</source>
        <translation> $/GPU 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>GPU-hour price</source>
        <translation>GPU 小时单价</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serving (inference)</source>
        <translation>服务（推理）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge video analytics</source>
        <translation>边缘视频分析</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>workload kind</source>
        <translation>工作负载类型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../widgets/report/report_writer.cpp" line="-123"/>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>watch</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Untitled design</source>
        <translation>未命名设计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ClusterCanvas design report</source>
        <translation>ClusterCanvas 设计报告</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scores</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <location filename="../widgets/report/report_scenarios.cpp" line="+32"/>
        <source>Scenario comparison</source>
        <translation>场景对比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every scenario kept in this design, scored the same way; changes are against %1.</source>
        <translation>本设计中保存的所有场景，均按相同方式评估；变化均相对于 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/report/report_writer.cpp" line="+4"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bottleneck / verdict</source>
        <translation>瓶颈 / 结论</translation>
    </message>
    <message>
        <location filename="../widgets/report/report_writer.cpp" line="+0"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bill of materials</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part</source>
        <translation>部件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rack units</source>
        <translation>机架单元</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Power each</source>
        <translation>单件功率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended</source>
        <translation>小计</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>included in %1</source>
        <translation>包含于 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>not priced</source>
        <translation>未定价</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Accelerators:</source>
        <translation>加速器：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rack units:</source>
        <translation>机架单元：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power:</source>
        <translation>功率：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(max %1)</source>
        <translation>（最高 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capex:</source>
        <translation>资本支出：</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n line(s) without a public price are not included)</source>
        <translation>
            <numerusform>（未包含 %n 个无公开价格的条目）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prices:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public list prices, each with its date and source (see Sources)</source>
        <translation>公开标价（均附日期和来源，见来源）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design-rule findings</source>
        <translation>设计规则检查结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: the design passes every rule.</source>
        <translation>无：该设计通过了所有规则。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PUE %1 · %2 $/kWh</source>
        <translation>PUE %1 · %2 $/kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 $/GPU-hour</source>
        <translation> · %1 $/GPU 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · no GPU-hour price (cost to train counts energy only)</source>
        <translation> · 未设 GPU 小时单价（训练成本仅计能耗）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources of hardware numbers</source>
        <translation>硬件数据来源</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, confidence %1</source>
        <translation>，可信度 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Design source</source>
        <translation>设计来源</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>folder does not exist: %1</source>
        <translation>文件夹不存在：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../widgets/scoring/scorer.cpp" line="+21"/>
        <source>No workload: choose a training, serving or edge workload in the inspector (click the empty canvas).</source>
        <translation>无工作负载：请在检查器中选择训练、服务或边缘工作负载（点击画布空白处）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The engine could not score this design: %1</source>
        <translation>引擎无法评估此设计：%1</translation>
    </message>
    <message>
        <location filename="../widgets/scoring/serving_scorer.cpp" line="+45"/>
        <source>Latency vs offered load</source>
        <translation>延迟与负载关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTFT (ms)</source>
        <translation>TTFT (ms)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>latency (ms)</source>
        <translation>延迟 (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>utilisation %1, limited by %2</source>
        <translation>利用率 %1，瓶颈：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>p99 target</source>
        <translation>p99 目标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>knee</source>
        <translation>拐点</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where a request&apos;s time goes (p50)</source>
        <translation>单个请求的时间构成 (p50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prefill</source>
        <translation>预填充</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queueing + batching</source>
        <translation>排队 + 批处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode (all output tokens)</source>
        <translation>解码（全部输出词元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency p50</source>
        <translation>延迟 p50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p99 tail</source>
        <translation>p99 长尾</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Memory per GPU (capacity %1 GB)</source>
        <translation>每 GPU 显存（容量 %1 GB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+21"/>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+1"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+6"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache in use</source>
        <translation>已用 KV 缓存</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+9"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+92"/>
        <source>Limited by %1: %2</source>
        <translation>瓶颈：%1 — %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 on %2 × %3 — %4 replica(s) of tp %5</source>
        <translation>%1，运行于 %2 × %3 — %4 个 TP %5 副本</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>p50 %1</source>
        <translation>p50 %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>p99 %1 per token</source>
        <translation>p99 每词元 %1</translation>
    </message>
    <message>
        <location filename="../widgets/scoring/training_scorer.cpp" line="-78"/>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location filename="../widgets/scoring/serving_scorer.cpp" line="+3"/>
        <source>%1 requests/s</source>
        <translation>%1 请求/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end to end, p50 %1</source>
        <translation>端到端，p50 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sequences</source>
        <translation>%1 个序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per replica; %1 running</source>
        <translation>每副本；运行中 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>overloaded: the queue grows without bound</source>
        <translation>过载：队列将无限增长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of the system&apos;s capacity</source>
        <translation>占系统容量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 GPUs</source>
        <translation>%1 个 GPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reachable</source>
        <translation>无法达成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 replicas of tp %2 at %3 req/s</source>
        <translation>%1 个 TP %2 副本，%3 请求/秒</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Wh per 1,000 tokens</source>
        <translation>每千词元 %1 Wh</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 streams on %2 device(s) at %3 site(s) — placement: %4</source>
        <translation>%1 路视频流，%2 台设备，%3 个站点 — 部署：%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needed</source>
        <translation>需要 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at the edge</source>
        <translation>边缘端</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 Mb/s</source>
        <translation>%1 / %2 Mb/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAN RTT p99 %1 ms</source>
        <translation>WAN RTT p99 %1 ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WAN + cloud inference</source>
        <translation>WAN + 云端推理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits</source>
        <translation>满足</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does not fit</source>
        <translation>不满足</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Streams one device sustains, by limit</source>
        <translation>单台设备可承载视频流数（按限制因素）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+7"/>
        <source>streams</source>
        <translation>视频流</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video decode</source>
        <translation>视频解码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host CPU</source>
        <translation>主机 CPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needed</source>
        <translation>需求</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Streams vs edge devices</source>
        <translation>视频流数与边缘设备数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streams sustained</source>
        <translation>可承载视频流</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>limited by %1</source>
        <translation>瓶颈：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>streams at one site</source>
        <translation>单站点视频流数</translation>
    </message>
    <message>
        <location filename="../widgets/scoring/training_scorer.cpp" line="-61"/>
        <source>Where the step time goes</source>
        <translation>单步时间构成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>s per step</source>
        <translation>秒/步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forward</source>
        <translation>前向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tensor-parallel comm.</source>
        <translation>张量并行通信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert all-to-all</source>
        <translation>专家 All-to-All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context-parallel K/V</source>
        <translation>上下文并行 K/V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline p2p</source>
        <translation>流水线 P2P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-parallel comm. (exposed)</source>
        <translation>数据并行通信（未重叠部分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-ingest stall</source>
        <translation>数据读取等待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed overhead</source>
        <translation>固定开销</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Memory per GPU (capacity %1)</source>
        <translation>每 GPU 显存（容量 %1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimizer states</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffers + reserve</source>
        <translation>缓冲区 + 预留</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over capacity</source>
        <translation>超出容量</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Growth: throughput as GPUs grow</source>
        <translation>扩展：随 GPU 数增长的吞吐量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens/s</source>
        <translation>词元/秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>samples/s</source>
        <translation>样本/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scaling efficiency</source>
        <translation>扩展效率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ideal (linear)</source>
        <translation>理想（线性）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scaling efficiency</source>
        <translation>扩展效率</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>limited by %1%2, MFU %3</source>
        <translation>瓶颈：%1%2，MFU %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (does not fit)</source>
        <translation>（放不下）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this design</source>
        <translation>当前设计</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 on %2 × %3 — %4</source>
        <translation>%1，运行于 %2 × %3 — %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 communication, %2 bubble</source>
        <translation>通信 %1，气泡 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 per GPU</source>
        <translation>每 GPU %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 TFLOP/s per GPU (model)</source>
        <translation>每 GPU %1 TFLOP/s（模型）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fits, %1 headroom</source>
        <translation>可放下，余量 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not fit: %1 over</source>
        <translation>放不下：超出 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 GPU-hours</source>
        <translation>%1 GPU 小时</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GPU-hours + energy</source>
        <translation>GPU 小时 + 能耗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>energy only (no GPU-hour price set)</source>
        <translation>仅能耗（未设 GPU 小时单价）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at PUE %1</source>
        <translation>PUE %1 时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set dataset tokens or samples</source>
        <translation>请设置数据集词元数或样本数</translation>
    </message>
    <message>
        <location filename="../widgets/panels/comparison_view.cpp" line="+40"/>
        <source>%1 better</source>
        <translation>%1 更优</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 worse</source>
        <translation>%1 更差</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 against the baseline</source>
        <translation>相对基准 %1</translation>
    </message>
</context>
<context>
    <name>Resource</name>
    <message>
        <location filename="../widgets/scoring/serving_scorer.cpp" line="-221"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="-148"/>
        <source>compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory bandwidth</source>
        <translation>显存带宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV-cache capacity</source>
        <translation>KV 缓存容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+5"/>
        <source>memory capacity</source>
        <translation>显存容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="-4"/>
        <source>scale-up fabric</source>
        <translation>纵向扩展互连</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host CPU</source>
        <translation>主机 CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video decode</source>
        <translation>视频解码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAN uplink</source>
        <translation>WAN 上行链路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAN latency</source>
        <translation>WAN 延迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queueing</source>
        <translation>排队</translation>
    </message>
    <message>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+1"/>
        <source>scale-out network</source>
        <translation>横向扩展网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pipeline bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storage</source>
        <translation>存储</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <location filename="../widgets/main/theme_menu.cpp" line="+12"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>cc::studio::ChartView</name>
    <message>
        <location filename="../widgets/charts/chart_view.cpp" line="+145"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart: %1</source>
        <translation>图表：%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save chart as PNG…</source>
        <translation>将图表另存为 PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save chart as SVG…</source>
        <translation>将图表另存为 SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
</context>
<context>
    <name>cc::studio::ComparisonView</name>
    <message>
        <location filename="../widgets/panels/comparison_view.cpp" line="+9"/>
        <source>Scenario comparison</source>
        <translation>场景对比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare against:</source>
        <translation>对比基准：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline scenario</source>
        <translation>基准场景</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenario metrics</source>
        <translation>场景指标</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Scoring %n scenario(s)…</source>
        <translation>
            <numerusform>正在评估 %n 个场景…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This design has one scenario. Use Scenarios → Duplicate as new scenario to add variants.</source>
        <translation>该设计只有一个场景。请使用“场景 → 复制为新场景”添加变体。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n scenario(s); double-click a column title to open that scenario.</source>
        <translation>
            <numerusform>共 %n 个场景；双击列标题可打开该场景。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bottleneck / verdict</source>
        <translation>瓶颈 / 结论</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (baseline)</source>
        <translation>（基准）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On the canvas now</source>
        <translation>当前显示在画布上</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not scored: %1</source>
        <translation>未评估：%1</translation>
    </message>
</context>
<context>
    <name>cc::studio::ComponentsTableModel</name>
    <message>
        <location filename="../widgets/panels/parts_table_models.cpp" line="+66"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog entry</source>
        <translation>目录条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group (replicas)</source>
        <translation>编组（副本数）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (×%2)</source>
        <translation>%1（×%2）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>cc::studio::DesignScene</name>
    <message>
        <location filename="../widgets/canvas/design_scene.cpp" line="+326"/>
        <source>Drag to a %1 port to link; Esc cancels.</source>
        <translation>拖到 %1 端口即可连接；按 Esc 取消。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No port there; the link was not made.</source>
        <translation>该处没有端口；未创建链路。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link refused: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked %1 to %2.</source>
        <translation>已将 %1 连接到 %2。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Move %n parts</source>
        <translation>
            <numerusform>移动 %n 个部件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::studio::DesignView</name>
    <message>
        <location filename="../widgets/canvas/minimap.cpp" line="+12"/>
        <source>Minimap</source>
        <translation>小地图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview: click to move the view there</source>
        <translation>概览：点击即可将视图移到该处</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/design_view.cpp" line="+29"/>
        <source>Design canvas</source>
        <translation>设计画布</translation>
    </message>
</context>
<context>
    <name>cc::studio::Document</name>
    <message>
        <location filename="../widgets/document/document.cpp" line="+36"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Delete item</source>
        <translation>删除项目</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %n items</source>
        <translation>
            <numerusform>删除 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Move %n parts</source>
        <translation>
            <numerusform>移动 %n 个部件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Both ends must be parts of the design.</source>
        <translation>两端都必须是设计中的部件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both ends must be ports.</source>
        <translation>两端都必须是端口。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A part cannot be linked to itself.</source>
        <translation>部件不能与自身连接。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link %1 to %2</source>
        <translation>连接 %1 与 %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+51"/>
        <location line="+18"/>
        <location line="+68"/>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message numerus="yes">
        <location line="-134"/>
        <source>%n link(s) removed: the new part&apos;s ports cannot carry them (Undo brings them back).</source>
        <translation>
            <numerusform>已删除 %n 条连接：新部件的端口无法承载它们（撤销可恢复）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 (all scenarios)</source>
        <translation>%1（所有场景）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>×N</source>
        <translation>×N</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Group %n parts</source>
        <translation>
            <numerusform>将 %n 个部件编组</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename design</source>
        <translation>重命名设计</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show scenario %1</source>
        <translation>显示场景 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New scenario %1</source>
        <translation>新建场景 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this design has one scenario; duplicate it first to name scenarios</source>
        <translation>该设计只有一个场景；请先复制它，再为场景命名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename scenario %1 to %2</source>
        <translation>将场景 %1 重命名为 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete scenario %1</source>
        <translation>删除场景 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Paste %n parts</source>
        <translation>
            <numerusform>粘贴 %n 个部件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::studio::ExplanationDialog</name>
    <message>
        <location filename="../widgets/panels/explanation_dialog.cpp" line="+64"/>
        <source>How this number is computed</source>
        <translation>该数值的计算方法</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quantity</source>
        <translation>量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Formula / source</source>
        <translation>公式 / 来源</translation>
    </message>
</context>
<context>
    <name>cc::studio::FindingsPanel</name>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="+22"/>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part</source>
        <translation>部件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design-rule findings</source>
        <translation>设计规则检查结果</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No findings: the design passes every rule.</source>
        <translation>无检查问题：该设计通过了所有规则。</translation>
    </message>
</context>
<context>
    <name>cc::studio::GroupItem</name>
    <message>
        <location filename="../widgets/canvas/group_item.cpp" line="+110"/>
        <source>Replica count of %1</source>
        <translation>%1 的副本数</translation>
    </message>
</context>
<context>
    <name>cc::studio::InspectorWidget</name>
    <message>
        <location filename="../widgets/panels/inspector_widget.cpp" line="+66"/>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message numerus="yes">
        <location line="+128"/>
        <source>&lt;b&gt;%n parts selected&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5d6d7e&apos;&gt;Edits apply to all; fields they do not share are hidden.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;已选择 %n 个部件&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5d6d7e&apos;&gt;修改将应用于全部；非共有字段已隐藏。&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name: a part needs a name (it labels the canvas and the report).</source>
        <translation>名称：部件必须有名称（用于画布和报告中的标注）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+165"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>part</source>
        <translation>部件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Part</source>
        <translation>部件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identical parts drawn once (e.g. 16 cameras).</source>
        <translation>相同部件只绘制一次（例如 16 个摄像头）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Accelerators</source>
        <translation>加速器</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+21"/>
        <source>As catalogued</source>
        <translation>按目录</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>accelerator</source>
        <translation>加速器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accelerator</source>
        <translation>加速器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accelerator count</source>
        <translation>加速器数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>as catalogued</source>
        <translation>按目录</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Accelerators per node; the catalog&apos;s count unless set.</source>
        <translation>每节点加速器数；不设置则使用目录中的数量。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>scale-up fabric</source>
        <translation>纵向扩展互连</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scale-up fabric</source>
        <translation>纵向扩展互连</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Maximum</source>
        <translation>最大</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>power mode</source>
        <translation>功耗模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power mode</source>
        <translation>功耗模式</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> TB</source>
        <translation> TB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> nodes</source>
        <translation> 个节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nodes rented</source>
        <translation>租用节点数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodes rented</source>
        <translation>租用节点数</translation>
    </message>
    <message>
        <location filename="../widgets/panels/inspector_ports.cpp" line="+42"/>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change fabric of link %1</source>
        <translation>更改链路 %1 的互连</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fabric</source>
        <translation>互连</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the link carries, per cable per direction. Both ends change; when the family changes (Ethernet ↔ InfiniBand) the ports linked to them follow, and NICs and switches become the catalog part that sells the new fabric.</source>
        <translation>链路承载的内容（每根线缆、每个方向）。两端都会更改；当系列改变（Ethernet ↔ InfiniBand）时，与之相连的端口随之更改，网卡和交换机变为提供新互连的目录部件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabled network ports are the server&apos;s scale-out bandwidth; NIC parts placed in its node group add theirs.</source>
        <translation>已连线的网络端口构成服务器的横向扩展带宽；放在其节点组中的网卡部件也会计入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change fabric of port %1</source>
        <translation>更改端口 %1 的互连</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>port count</source>
        <translation>端口数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ports</source>
        <translation> 个端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ports in group %1</source>
        <translation>组 %1 中的端口数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identical ports in this group.</source>
        <translation>此组中相同端口的数量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Remove port group %1</source>
        <translation>删除端口组 %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Remove this port group and the links on it.</source>
        <translation>删除此端口组及其上的链路。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fabric of port %1</source>
        <translation>端口 %1 的互连</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a NIC…</source>
        <translation>添加网卡…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add NIC ports</source>
        <translation>添加网卡端口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add NIC</source>
        <translation>添加网卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the NIC&apos;s ports to this server as a new port group (link it to a switch to use it).</source>
        <translation>将网卡的端口作为新的端口组添加到此服务器（连接到交换机后才会使用）。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/inspector_widget.cpp" line="+17"/>
        <source>Link</source>
        <translation>链路</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Edits apply to all scenarios</source>
        <translation>编辑应用于所有场景</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every edit (fields, ×N, fabrics, Replace everywhere) changes the same parts, links and groups in every scenario of this design, as one undo step. Off: only the scenario on the canvas.</source>
        <translation>每次编辑（字段、×N、互连、全部替换）都会在此设计的每个场景中更改相同的部件、链路和组，作为一个撤销步骤。关闭：仅更改画布上的场景。</translation>
    </message>
    <message>
        <location line="+253"/>
        <source> cables</source>
        <translation> 根线缆</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cables</source>
        <translation>线缆</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cables</source>
        <translation>线缆</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parallel cables drawn as one link.</source>
        <translation>并行线缆绘制为一条链路。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> µs</source>
        <translation> µs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fabric&apos;s own</source>
        <translation>互连自身延迟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra latency</source>
        <translation>额外延迟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One-way latency added to the fabric&apos;s own (long cables, WAN hops).</source>
        <translation>在互连自身延迟之上附加的单向延迟（长线缆、WAN 跳数）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group</source>
        <translation>编组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name: a group needs a name.</source>
        <translation>名称：编组必须有名称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>group name</source>
        <translation>编组名称</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>group kind</source>
        <translation>编组类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replicas</source>
        <translation>副本数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This group stands for ×N identical copies everywhere: BOM, engine and report.</source>
        <translation>该编组在物料清单、引擎和报告中均代表 ×N 个相同副本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>power budget</source>
        <translation>功率预算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power budget</source>
        <translation>功率预算</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> U</source>
        <translation> U</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rack units</source>
        <translation>机架单元</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rack height</source>
        <translation>机架高度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trays share one NVLink domain</source>
        <translation>托盘共享一个 NVLink 域</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>NVLink domain</source>
        <translation>NVLink 域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scale-up</source>
        <translation>纵向扩展</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rack-scale systems (GB200/GB300 NVL72): every GPU in one copy of this group is one NVLink island for tensor, expert and context parallelism, up to the fabric&apos;s largest domain (72 for NVLink 5).</source>
        <translation>机架级系统 (GB200/GB300 NVL72)：该组每个副本中的所有 GPU 构成一个 NVLink 岛，用于张量、专家和上下文并行，上限为该互连的最大域 (NVLink 5 为 72)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title: the design needs a title (it heads the report).</source>
        <translation>标题：设计必须有标题（用作报告标题）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>cc::studio::LinksTableModel</name>
    <message>
        <location filename="../widgets/panels/parts_table_models.cpp" line="+25"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>起点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>终点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fabric</source>
        <translation>互连</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth per cable, per direction</source>
        <translation>每根线缆每方向带宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cables</source>
        <translation>线缆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length (m)</source>
        <translation>长度 (m)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cables</source>
        <translation>线缆</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>length</source>
        <translation>长度</translation>
    </message>
</context>
<context>
    <name>cc::studio::MainWindow</name>
    <message>
        <location filename="../widgets/main/main_actions.cpp" line="+45"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New from template…</source>
        <translation>从模板新建(&amp;N)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open design</source>
        <translation>打开设计</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ClusterCanvas design (*.ccd);;All files (*)</source>
        <translation>ClusterCanvas 设计 (*.ccd);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import model (Hugging Face config.json)…</source>
        <translation>导入模型(&amp;I) (Hugging Face config.json)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Prices</source>
        <translation>价格(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a &amp;price book…</source>
        <translation>使用价格表(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export the price list…</source>
        <translation>导出价格清单(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to &amp;public list prices</source>
        <translation>恢复公开标价(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export customer &amp;report (PDF)…</source>
        <translation>导出客户报告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate</source>
        <translation>创建副本(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Group selection…</source>
        <translation>将所选编组(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace part everywhere…</source>
        <translation>全部替换部件(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the selected part&apos;s type, or the selected link&apos;s fabric, everywhere in the design</source>
        <translation>在整个设计中替换所选部件的类型或所选链路的互连</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits apply to all &amp;scenarios</source>
        <translation>编辑应用于所有场景(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every edit changes the same parts, links and groups in every scenario, as one undo step</source>
        <translation>每次编辑都会在每个场景中更改相同的部件、链路和组，作为一个撤销步骤</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A&amp;rrange</source>
        <translation>排列(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align top</source>
        <translation>顶端对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align horizontal centres</source>
        <translation>水平居中对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align vertical centres</source>
        <translation>垂直居中对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribute horizontally</source>
        <translation>水平等距分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribute vertically</source>
        <translation>垂直等距分布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find part…</source>
        <translation>查找部件…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;fit</source>
        <translation>缩放至适合(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size (100 %)</source>
        <translation>实际大小 (100 %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour parts and links by how busy they are (grey idle under 5 %, green &lt; 60 %, amber &lt; 85 %, red above)</source>
        <translation>按繁忙程度为部件和链路着色（灰色为低于 5 % 的空闲，绿色 &lt; 60 %，琥珀色 &lt; 85 %，红色更高）</translation>
    </message>
    <message>
        <location filename="../widgets/main/main_window.cpp" line="+140"/>
        <source>&amp;Minimap</source>
        <translation>小地图(&amp;M)</translation>
    </message>
    <message>
        <location filename="../widgets/main/main_actions.cpp" line="-3"/>
        <source>&amp;Utilisation heat overlay</source>
        <translation>利用率热力图(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explain the scores…</source>
        <translation>解释评估结果…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ClusterCanvas</source>
        <translation>关于 ClusterCanvas(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About ClusterCanvas</source>
        <translation>关于 ClusterCanvas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;ClusterCanvas %1&lt;/b&gt;&lt;p&gt;Design AI infrastructure and see how it scores: training, inference and edge. Every hardware number carries its source.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ClusterCanvas %1&lt;/b&gt;&lt;p&gt;设计 AI 基础设施并查看其评估结果：训练、推理和边缘。每个硬件数据都注明来源。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Copied %n part(s)</source>
        <translation>
            <numerusform>已复制 %n 个部件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to paste: the clipboard holds no ClusterCanvas parts (%1)</source>
        <translation>无可粘贴内容：剪贴板中没有 ClusterCanvas 部件（%1）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Align</source>
        <translation>对齐</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Distribute</source>
        <translation>等距分布</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select the parts to group first.</source>
        <translation>请先选择要编组的部件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Group</source>
        <translation>编组</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Kind of group:</source>
        <translation>编组类型：</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../widgets/main/main_scenarios.cpp" line="+44"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a part or a link first: Replace everywhere changes what it is made of.</source>
        <translation>请先选择一个部件或链路：全部替换会更改其构成。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../widgets/main/main_export.cpp" line="+50"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../widgets/main/main_export.cpp" line="+9"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <location filename="../widgets/main/main_export.cpp" line="-35"/>
        <source>&amp;Export canvas</source>
        <translation>导出画布(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image, 1× (screen size)…</source>
        <translation>PNG 图像，1×（屏幕尺寸）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image, 2× (sharp on HiDPI)…</source>
        <translation>PNG 图像，2×（HiDPI 下清晰）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image, 4× (posters, slides)…</source>
        <translation>PNG 图像，4×（海报、幻灯片）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG drawing (vector)…</source>
        <translation>SVG 图形（矢量）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (vector)…</source>
        <translation>PDF 文档（矢量）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export canvas</source>
        <translation>导出画布</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Canvas exported to %1</source>
        <translation>画布已导出到 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printing failed: the printer could not be opened.</source>
        <translation>打印失败：无法打开打印机。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print design</source>
        <translation>打印设计</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/main/main_window.cpp" line="-66"/>
        <location line="+6"/>
        <source>Zoom %1 %</source>
        <translation>缩放 %1 %</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+13"/>
        <source>Scored in %1 ms</source>
        <translation>评估耗时 %1 ms</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <source>Scoring…</source>
        <translation>正在评估…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zoom 100 %</source>
        <translation>缩放 100 %</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Parts</source>
        <translation>部件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened design</source>
        <translation>已打开的设计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit history</source>
        <translation>编辑历史</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Results</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>Design rules</source>
        <translation>设计规则</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Parts table</source>
        <translation>部件表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to parts table</source>
        <translation>转到部件表</translation>
    </message>
    <message numerus="yes">
        <location line="-104"/>
        <location line="+114"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-114"/>
        <location line="+114"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design rules (%1)</source>
        <translation>设计规则 (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (recovered)</source>
        <translation>%1（已恢复）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open design</source>
        <translation>无法打开设计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened:

%2

The current design is unchanged.</source>
        <translation>无法打开 %1：

%2

当前设计未作更改。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Untitled design</source>
        <translation>未命名设计</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open template</source>
        <translation>无法打开模板</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+19"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The design was not saved:

%1

The previous file is untouched.</source>
        <translation>设计未保存：

%1

原文件未受影响。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save design</source>
        <translation>保存设计</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ClusterCanvas design (*.ccd)</source>
        <translation>ClusterCanvas 设计 (*.ccd)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The design was not saved:

%1</source>
        <translation>设计未保存：

%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes to %1 first?</source>
        <translation>是否先保存对 %1 的更改？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an untitled design</source>
        <translation>未命名设计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClusterCanvas did not close normally. An autosaved copy of %1 (“%2”) from %3 was found.</source>
        <translation>ClusterCanvas 未正常关闭。找到了 %1（“%2”）于 %3 自动保存的副本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovering opens the copy as an unsaved design; your file on disk is not changed until you save.</source>
        <translation>恢复后副本将作为未保存的设计打开；在您保存之前，磁盘上的文件不会被更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard copy</source>
        <translation>丢弃副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No explanation: the design has not been scored.</source>
        <translation>无解释：该设计尚未评估。</translation>
    </message>
    <message>
        <location filename="../widgets/main/main_scenarios.cpp" line="-14"/>
        <source>&amp;Scenarios</source>
        <translation>场景(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate as new scenario…</source>
        <translation>复制为新场景(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>New scenario</source>
        <translation>新建场景</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name of the copy:</source>
        <translation>副本名称：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rename scenario…</source>
        <translation>重命名场景(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Rename scenario</source>
        <translation>重命名场景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete scenario</source>
        <translation>删除场景(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Delete scenario</source>
        <translation>删除场景</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Delete scenario %1? You can undo this.</source>
        <translation>删除场景 %1？此操作可以撤销。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Previous scenario</source>
        <translation>上一个场景(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next scenario</source>
        <translation>下一个场景(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare scenarios…</source>
        <translation>对比场景(&amp;C)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> Scenario </source>
        <translation> 场景 </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario on the canvas</source>
        <translation>画布上显示的场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which scenario of this design the canvas shows</source>
        <translation>画布显示该设计的哪个场景</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Scenario %1 · %2 of %3   ← →</source>
        <translation>场景 %1 · %2 / %3   ← →</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scenario %1</source>
        <translation>场景 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare scenarios</source>
        <translation>对比场景</translation>
    </message>
    <message>
        <location filename="../widgets/main/main_import_model.cpp" line="+25"/>
        <source>The workload did not accept the model.</source>
        <translation>工作负载未接受该模型。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model &quot;%1&quot; imported from %2</source>
        <translation>已从 %2 导入模型“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import model from a Hugging Face config.json</source>
        <translation>从 Hugging Face config.json 导入模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hugging Face config (*.json);;All files (*)</source>
        <translation>Hugging Face 配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Import model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cannot import the model:
%1</source>
        <translation>无法导入模型:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model is now the workload&apos;s model (saved with the design). Notes on the import:

%1</source>
        <translation>该模型现已成为工作负载的模型(随设计一起保存)。导入说明:

%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/main/main_price_book.cpp" line="+37"/>
        <source>Prices: %1 (%n part(s) priced from it)</source>
        <translation>
            <numerusform>价格：%1（其中 %n 个部件按此定价）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prices: public list prices of the catalog</source>
        <translation>价格：目录的公开标价</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your price book %1 was not applied: %2</source>
        <translation>价格表 %1 未应用：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Price book (CSV: part, unit_price, currency, valid_from, note)</source>
        <translation>价格表 (CSV: part, unit_price, currency, valid_from, note)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price book (*.csv);;All files (*)</source>
        <translation>价格表 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price book</source>
        <translation>价格表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The price book was not applied: no price from it is used until every row is valid.

%1</source>
        <translation>价格表未应用：在每一行都有效之前，不使用其中任何价格。

%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Export price list</source>
        <translation>导出价格清单</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Price book (*.csv)</source>
        <translation>价格表 (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price list written to %1</source>
        <translation>价格清单已写入 %1</translation>
    </message>
</context>
<context>
    <name>cc::studio::PaletteWidget</name>
    <message>
        <location filename="../widgets/panels/palette_widget.cpp" line="+12"/>
        <source>Search parts (name, vendor, spec)…</source>
        <translation>搜索部件（名称、厂商、规格）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search parts</source>
        <translation>搜索部件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parts palette</source>
        <translation>部件面板</translation>
    </message>
</context>
<context>
    <name>cc::studio::PartsTablePanel</name>
    <message>
        <location filename="../widgets/panels/parts_table_panel.cpp" line="+33"/>
        <source>Parts table</source>
        <translation>部件表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components table</source>
        <translation>组件表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links table</source>
        <translation>链路表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Components</source>
        <translation>组件(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Links</source>
        <translation>链路(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts table: components and links</source>
        <translation>部件表：组件与链路</translation>
    </message>
</context>
<context>
    <name>cc::studio::ReplaceDialog</name>
    <message>
        <location filename="../widgets/main/replace_dialog.cpp" line="+25"/>
        <source>Replace everywhere</source>
        <translation>全部替换</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Replace every “%1” (%n part(s) in this scenario) with:</source>
        <translation>
            <numerusform>将所有“%1”（此场景中 %n 个）替换为：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replace %1 on every port and link that carries it with:</source>
        <translation>将承载 %1 的每个端口和链路替换为：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links keep their ends. When the fabric family changes, the ports linked to the changed ones follow, and NICs and switches become the catalog part that sells the new fabric.</source>
        <translation>链路保留其两端。当互连系列改变时，与已更改端口相连的端口随之更改，网卡和交换机变为提供新互连的目录部件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In all scenarios</source>
        <translation>在所有场景中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same switch as the inspector&apos;s “Edits apply to all scenarios”.</source>
        <translation>与检查器中的“编辑应用于所有场景”是同一开关。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <source>Replace %1 with %2</source>
        <translation>将 %1 替换为 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not replaced: %1</source>
        <translation>未替换：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaced: %1</source>
        <translation>已替换：%1</translation>
    </message>
</context>
<context>
    <name>cc::studio::ResultsPanel</name>
    <message>
        <location filename="../widgets/panels/results_panel.cpp" line="+58"/>
        <source>Results</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Chart shown</source>
        <translation>显示的图表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What if…</source>
        <translation>假设分析…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What-if sliders</source>
        <translation>假设分析滑块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPUs (×N)</source>
        <translation>GPU 数 (×N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model size</source>
        <translation>模型规模</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load / users</source>
        <translation>负载 / 用户数</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Back to the design</source>
        <translation>恢复为设计值</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>   (what-if)</source>
        <translation>   （假设）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Assumed: </source>
        <translation>假设：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (+%1 more in the explanation)</source>
        <translation>（另有 %1 条见解释）</translation>
    </message>
</context>
<context>
    <name>cc::studio::ScoreCardWidget</name>
    <message>
        <location filename="../widgets/panels/score_cards.cpp" line="+58"/>
        <source>%1: %2
%3
Click to see how it is computed.</source>
        <translation>%1：%2
%3
点击查看计算方法。</translation>
    </message>
</context>
<context>
    <name>cc::studio::ScoreCardsView</name>
    <message>
        <location line="+30"/>
        <source>Score cards</source>
        <translation>评估卡片</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score caveats</source>
        <translation>评分注意事项</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>cc::studio::TemplateGallery</name>
    <message>
        <location filename="../widgets/main/template_gallery.cpp" line="+38"/>
        <source>New design</source>
        <translation>新建设计</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from a template (you can change everything) or from an empty canvas.</source>
        <translation>从模板（所有内容均可修改）或空白画布开始。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Empty design</source>
        <translation>空白设计</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An empty canvas: drag parts from the palette.</source>
        <translation>空白画布：从部件面板拖入部件。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../widgets/studio_app.cpp" line="+154"/>
        <source>ClusterCanvas studio: design AI infrastructure and score it.</source>
        <translation>ClusterCanvas 工作室：设计并评估 AI 基础设施。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Design to open (.ccd); the default template if omitted.</source>
        <translation>要打开的设计 (.ccd)；省略时使用默认模板。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render the main window to OUT.png and exit.</source>
        <translation>将主窗口渲染到 OUT.png 后退出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window size for --screenshot (default 1600x1000).</source>
        <translation>--screenshot 的窗口大小（默认 1600x1000）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the customer report of FILE (or the default template) to OUT.pdf and exit.</source>
        <translation>将 FILE（或默认模板）的客户报告写入 OUT.pdf 后退出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the canvas of FILE (or the default template) to OUT.png, OUT.svg or OUT.pdf and exit.</source>
        <translation>将 FILE（或默认模板）的画布导出到 OUT.png、OUT.svg 或 OUT.pdf 后退出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pixels per canvas unit for --export-canvas PNG (default 1; 2 or 4 for sharper images).</source>
        <translation>--export-canvas 导出 PNG 时每个画布单位对应的像素数（默认 1；2 或 4 可得到更清晰的图像）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What --screenshot captures: main (default), compare (the scenario comparison), presentation, or heat (the main window with the utilisation overlay).</source>
        <translation>--screenshot 截取的内容：main（默认）、compare（场景比较）、presentation 或 heat（带利用率叠加的主窗口）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour theme for this run: system, light or dark (default: the one chosen in View → Theme).</source>
        <translation>本次运行使用的配色主题：system、light 或 dark（默认：视图 → 主题 中选择的主题）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User interface language: en, de, ja or zh_CN (default: the View → Language setting or the system locale).</source>
        <translation>界面语言：en、de、ja 或 zh_CN（默认：视图 → 语言 中的设置或系统区域设置）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --report: prices from this price book (CSV) instead of the catalog&apos;s.</source>
        <translation>与 --report 一起使用：用此价格表 (CSV) 的价格代替目录价格。</translation>
    </message>
</context>
</TS>
