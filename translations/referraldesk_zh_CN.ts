<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Accept referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated deal &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated deal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated &amp;closing date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Partner Center cannot be reached; your actions are kept and sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center did not answer in time; your actions are kept and sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account cannot use referrals: it needs the Partner Center role Referrals Admin or Referrals User.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral no longer exists in Partner Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral changed in Partner Center since it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center refused the change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center asks to slow down; trying again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center had a problem (HTTP %1); trying again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center sent an answer Referral Desk cannot read; trying again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Partner Center is not secure, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center has no referral list at this address (HTTP 404); check the Referrals API address in the settings.</source>
        <translation>Partner Center 在此地址没有推荐列表（HTTP 404）；请检查设置中的推荐 API 地址。</translation>
    </message>
    <message>
        <source>Partner Center refused the request to list referrals (HTTP %1):</source>
        <translation>Partner Center 拒绝了列出推荐的请求（HTTP %1）：</translation>
    </message>
    <message>
        <source>Partner Center refused the request to read the referral (HTTP %1):</source>
        <translation>Partner Center 拒绝了读取该推荐的请求（HTTP %1）：</translation>
    </message>
    <message>
        <source>Syncing stopped because of the local database, not Partner Center; your actions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Enter an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address (for example https://example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referrals arrived</source>
        <translation>收到新推荐</translation>
    </message>
    <message>
        <source>24-hour response target ends in 2 hours</source>
        <translation>24 小时答复目标将在 2 小时后结束</translation>
    </message>
    <message>
        <source>Missed in 12 hours</source>
        <translation>12 小时后错过</translation>
    </message>
    <message>
        <source>Missed in 1 hour (last call)</source>
        <translation>1 小时后错过（最后提醒）</translation>
    </message>
    <message>
        <source>Expires in 24 hours</source>
        <translation>24 小时后过期</translation>
    </message>
    <message>
        <source>Expires in 4 hours (last call)</source>
        <translation>4 小时后过期（最后提醒）</translation>
    </message>
    <message>
        <source>Closing date passed (once a day)</source>
        <translation>已过成交日期（每天一次）</translation>
    </message>
    <message>
        <source>An action failed or conflicts</source>
        <translation>操作失败或冲突</translation>
    </message>
    <message>
        <source>A client id has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every %1 to %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a currency from the list (ISO 4217 code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours need a start and a different end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no translation for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 in %2 cannot be used: “%3”. %4 Correct it in Settings (or in that file); until then Referral Desk works offline.</source>
        <extracomment>%1 the key, %2 the settings file, %3 its value, %4 what is wrong with it</extracomment>
        <translation>%2 中的设置 %1 无法使用：“%3”。%4 请在“设置”中（或在该文件中）更正；在此之前，Referral Desk 将以离线方式工作。</translation>
    </message>
    <message>
        <source>Hold each action for %1 to %2 seconds before it is sent.</source>
        <translation>每个操作在发送前保留 %1 到 %2 秒。</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Partner Center</source>
        <translation>连接到 Partner Center</translation>
    </message>
    <message>
        <source>Referral Desk signs in to Partner Center as you, through an app registration in your organization&apos;s Microsoft Entra ID. Enter what that registration shows; you then sign in with your Partner Center account in your browser (it needs the Referrals admin or Referrals user role).</source>
        <translation>Referral Desk 通过贵组织 Microsoft Entra ID 中的应用注册，以您的身份登录 Partner Center。请输入该应用注册中显示的值；随后您将在浏览器中使用 Partner Center 账户登录（该账户需要具有“推荐管理员”或“推荐用户”角色）。</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>租户(&amp;T)：</translation>
    </message>
    <message>
        <source>Tenant (directory id or domain)</source>
        <translation>租户（目录 ID 或域名）</translation>
    </message>
    <message>
        <source>Your directory (tenant) id, or your organization&apos;s domain such as contoso.onmicrosoft.com. It decides where you sign in.</source>
        <translation>您的目录（租户）ID，或贵组织的域名，例如 contoso.onmicrosoft.com。它决定您在何处登录。</translation>
    </message>
    <message>
        <source>&amp;Application (client) id:</source>
        <translation>应用程序（客户端）ID(&amp;A)：</translation>
    </message>
    <message>
        <source>Application (client) id</source>
        <translation>应用程序（客户端）ID</translation>
    </message>
    <message>
        <source>The id of the app registration your administrator made for Referral Desk in Microsoft Entra ID (its Overview page).</source>
        <translation>管理员在 Microsoft Entra ID 中为 Referral Desk 创建的应用注册的 ID（见其“概述”页）。</translation>
    </message>
    <message>
        <source>API &amp;permission:</source>
        <translation>API 权限(&amp;P)：</translation>
    </message>
    <message>
        <source>Partner Center API permission (scope)</source>
        <translation>Partner Center API 权限（范围）</translation>
    </message>
    <message>
        <source>The delegated Partner Center permission Referral Desk asks for. Keep the default unless your administrator says otherwise.</source>
        <translation>Referral Desk 请求的 Partner Center 委托权限。除非管理员另有说明，否则请保留默认值。</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Enter your directory (tenant) id or your organization&apos;s domain, for example contoso.onmicrosoft.com.</source>
        <translation>请输入您的目录（租户）ID 或贵组织的域名，例如 contoso.onmicrosoft.com。</translation>
    </message>
    <message>
        <source>A sign-in address needs the tenant in its path, for example https://login.microsoftonline.com/contoso.onmicrosoft.com.</source>
        <translation>登录地址的路径中需要包含租户，例如 https://login.microsoftonline.com/contoso.onmicrosoft.com。</translation>
    </message>
    <message>
        <source>“%1” is neither a directory id (such as 72f988bf-86f1-41af-91ab-2d7cd011db47) nor a domain (such as contoso.onmicrosoft.com).</source>
        <translation>“%1”既不是目录 ID（例如 72f988bf-86f1-41af-91ab-2d7cd011db47），也不是域名（例如 contoso.onmicrosoft.com）。</translation>
    </message>
    <message>
        <source>Enter the application (client) id of your app registration.</source>
        <translation>请输入应用注册的应用程序（客户端）ID。</translation>
    </message>
    <message>
        <source>An application (client) id looks like 0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d; copy it from the app registration&apos;s Overview page.</source>
        <translation>应用程序（客户端）ID 的格式类似 0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d；请从应用注册的“概述”页复制。</translation>
    </message>
    <message>
        <source>Enter the API permission, normally https://api.partner.microsoft.com/user_impersonation.</source>
        <translation>请输入 API 权限，通常为 https://api.partner.microsoft.com/user_impersonation。</translation>
    </message>
    <message>
        <source>“%1” is not an API permission such as https://api.partner.microsoft.com/user_impersonation.</source>
        <translation>“%1”不是有效的 API 权限，例如 https://api.partner.microsoft.com/user_impersonation。</translation>
    </message>
</context>
<context>
    <name>DeadlinePolicy</name>
    <message>
        <source>Missed · waiting for the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired · waiting for the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed in %1</source>
        <translation>%1 后错过</translation>
    </message>
    <message>
        <source>Respond in %1</source>
        <translation>请在 %1 内答复</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation>%1 后过期</translation>
    </message>
    <message>
        <source>Closes in %1</source>
        <translation>%1 后成交</translation>
    </message>
    <message>
        <source>Late · missed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes left, e.g. &quot;5 h 12 min&quot;</extracomment>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>minutes left, e.g. &quot;40 min&quot;</extracomment>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About to be missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing date passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A decline or loss reason followed by the person&apos;s own words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral is already in %1.</source>
        <extracomment>%1 and %2 are stages; %3 says what is possible instead</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral in %1 can’t be moved to %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the estimated deal value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal value must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal value can be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the currency of the deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code such as EUR or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the estimated closing date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing date can’t be in the past; choose today (%1) or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you decline this referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names an outcome, not a reason; describe why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: edit the deal value, currency, closing date or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I’m interested</source>
        <translation>我感兴趣</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>不用了</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>编辑交易</translation>
    </message>
    <message>
        <source>Its status “%1” is unknown to Referral Desk, so it is read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived referrals are read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1.</source>
        <extracomment>%1 is the list of actions allowed, e.g. &quot;I’m interested and No thanks&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not possible for a referral in %2. %3</source>
        <extracomment>%1 an action, %2 a stage, %3 what is allowed instead</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a fit for our offerings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the regions we serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capacity at the moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer chose another partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer postponed or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated deal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent this referral to another partner: they answer it, and Referral Desk only shows how it goes.</source>
        <translation>此推荐是您发送给其他合作伙伴的：由对方答复，Referral Desk 仅显示其进展。</translation>
    </message>
    <message>
        <source>“%1” is not possible: %2</source>
        <extracomment>%1 an action; the rest explains why outgoing referrals take none</extracomment>
        <translation>无法执行“%1”：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Referral Desk</source>
        <translation>Referral Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Referral Desk</source>
        <translation>关于 Referral Desk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Referral</source>
        <translation>推荐(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Connection Guide</source>
        <translation>连接指南(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter the estimated deal value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal value must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount. Enter digits, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most 2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal value can be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount and its ISO 4217 currency code, e.g. &quot;12,500.50 EUR&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>A customer</source>
        <translation>一位客户</translation>
    </message>
    <message>
        <source>Answer %1 within %2</source>
        <translation>请在 %2 内答复 %1</translation>
    </message>
    <message>
        <source>“%1” reaches the 24-hour response target in %2.</source>
        <translation>“%1”将在 %2 后到达 24 小时答复目标。</translation>
    </message>
    <message>
        <source>%1: missed in %2</source>
        <translation>%1：%2 后错过</translation>
    </message>
    <message>
        <source>“%1” is archived as Missed in %2 unless you answer.</source>
        <translation>如不答复，“%1”将在 %2 后作为已错过归档。</translation>
    </message>
    <message>
        <source>%1: expires in %2</source>
        <translation>%1：%2 后过期</translation>
    </message>
    <message>
        <source>Accept or decline “%1” within %2.</source>
        <translation>请在 %2 内接受或拒绝“%1”。</translation>
    </message>
    <message>
        <source>%1: closing date passed</source>
        <translation>%1：已过成交日期</translation>
    </message>
    <message>
        <source>Report “%1” as Won or Lost.</source>
        <translation>请将“%1”报告为赢单或丢单。</translation>
    </message>
    <message>
        <source>%1 referrals need your attention</source>
        <translation>%1 个推荐需要您处理</translation>
    </message>
    <message>
        <source>New referral from %1</source>
        <translation>来自 %1 的新推荐</translation>
    </message>
    <message>
        <source>“%1”. Respond within %2.</source>
        <translation>“%1”。请在 %2 内答复。</translation>
    </message>
    <message>
        <source>%1 new referrals</source>
        <translation>%1 个新推荐</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 及另外 %2 个</translation>
    </message>
    <message>
        <source>%1: your action was not applied</source>
        <translation>%1：您的操作未被应用</translation>
    </message>
    <message>
        <source>Deadlines came closer while Referral Desk was not watching.</source>
        <translation>Referral Desk 未运行期间，截止时间已临近。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>Unknown (%1)</source>
        <extracomment>An archived referral whose remote status this version does not know; %1 is that status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Stage and outcome of an archived referral, e.g. &quot;Archived · Won&quot;</extracomment>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A stage followed by a remote substatus this version does not know</extracomment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新推荐</translation>
    </message>
    <message>
        <source>Evaluating</source>
        <translation>评估中</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>洽谈中</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Closed as error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Referrals API:</source>
        <translation>推荐 API(&amp;R)：</translation>
    </message>
    <message>
        <source>Referrals API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;authority:</source>
        <translation>登录颁发机构(&amp;A)：</translation>
    </message>
    <message>
        <source>Sign-in authority URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>客户端 ID(&amp;C)：</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the service or the sign-in take effect at once: the next sync uses them.</source>
        <translation>对服务或登录的更改立即生效：下次同步即使用。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>同步间隔(&amp;Y)：</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>默认货币(&amp;C)：</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Referral Desk when I log in</source>
        <translation>登录时启动 Referral Desk(&amp;S)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Show a desktop notification when:</source>
        <translation>在以下情况显示桌面通知：</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>免打扰时段从(&amp;Q)</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During quiet hours only the last calls (missed in 1 hour, expires in 4 hours) are shown.</source>
        <translation>免打扰时段内只显示最后提醒（1 小时后错过、4 小时后过期）。</translation>
    </message>
    <message>
        <source>API &amp;permission:</source>
        <translation>API 权限(&amp;P)：</translation>
    </message>
    <message>
        <source>Partner Center API permission (scope)</source>
        <translation>Partner Center API 权限（范围）</translation>
    </message>
    <message>
        <source>Undo &amp;window:</source>
        <translation>撤销时限(&amp;W):</translation>
    </message>
    <message>
        <source>Undo window in seconds</source>
        <translation>撤销时限(秒)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>Could not change %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer Microsoft Partner Center referrals before they are missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Damaged local database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Aside and Rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral Desk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral Desk can keep the damaged file for inspection, start a new database with the actions not sent yet and the history that can still be read from it, and bring your referrals back from Partner Center at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The local database %1 could not be updated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 is damaged (%2). It can be moved aside and rebuilt from Partner Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Referral Desk (format %2; this version reads up to %3). Update Referral Desk, or start it with another profile. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to format %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral changed in Partner Center (now %1); this action no longer applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral is not in the local database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action no longer applies to the referral (now %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the local database %1 is full. Free some space; nothing was lost, and what you did is kept until it can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral Desk cannot write to the local database %1 or its folder (%2). Check that the folder is yours and writable, or start Referral Desk with another --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 is locked by another Referral Desk (or another program) and stayed locked while Referral Desk waited. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 could not be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreRepair</name>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged database %1 could not be moved aside; close other programs using it, or move it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged database was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could be read from the damaged database could not be saved into the new one at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved from it: %1 queued actions, %2 history entries; %3 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the file could not be reached at all, so more may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your referrals come back from Partner Center with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Answer Microsoft Partner Center referrals before they are missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the local database and settings in &lt;folder&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals API base URL (remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this bearer token instead of signing in; never written anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in authority URL (remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id (remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after the first sync (or at once without one), then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on sample data from the bundled simulator (nothing goes to Partner Center).</source>
        <translation>使用内置模拟器提供的示例数据启动（不会向 Partner Center 发送任何内容）。</translation>
    </message>
</context>
<context>
    <name>rd::AcceptDialog</name>
    <message>
        <source>Accept referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation type="unfinished">编辑交易</translation>
    </message>
    <message>
        <source>Accept the referral from %1 with your estimate of the deal. It moves to Negotiating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the deal with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished">接受</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ActionController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>That referral is no longer in the local database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the deal with %1 as won? The referral is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>%1: %2 — it will be sent to Partner Center.</source>
        <translation>%1:%2 — 将发送到合作伙伴中心。</translation>
    </message>
    <message>
        <source>Undone; nothing was sent.</source>
        <translation>已撤销;未发送任何内容。</translation>
    </message>
    <message>
        <source>The action is already on its way to Partner Center and cannot be undone.</source>
        <translation>该操作正在发送到合作伙伴中心,无法撤销。</translation>
    </message>
    <message>
        <source>The deal with %1 is unchanged; nothing was sent.</source>
        <translation>与 %1 的交易未更改;未发送任何内容。</translation>
    </message>
    <message>
        <source>The action could not be undone just now; try again.</source>
        <translation>暂时无法撤销该操作;请重试。</translation>
    </message>
    <message>
        <source>The action was already sent to Partner Center and cannot be undone.</source>
        <translation>该操作已发送到合作伙伴中心,无法撤销。</translation>
    </message>
</context>
<context>
    <name>rd::ApiClient</name>
    <message>
        <source>%1 is not https; plain http is only allowed to this computer (loopback).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ApiJob</name>
    <message>
        <source>The answer is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ArchiveModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ArchiveWindow</name>
    <message>
        <source>Archive — Referral Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers, referrals, notes, cities, products, contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 archived referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 archived referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting archived referrals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
</context>
<context>
    <name>rd::BarChart</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::CardDelegate</name>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Closes %1</source>
        <extracomment>On a card, the day its deal is expected to close</extracomment>
        <translation>%1 成交</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>On a card, when both fit on one line: the deal value, then &quot;Closes &lt;date&gt;&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>rd::ColumnView</name>
    <message>
        <source>%1 referrals</source>
        <translation>%1 推荐</translation>
    </message>
    <message>
        <source>Cannot be moved here</source>
        <translation>不能移到此处</translation>
    </message>
</context>
<context>
    <name>rd::ConnectDialog</name>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>How to register Referral Desk and find these values</source>
        <extracomment>The link opens the connection guide inside Referral Desk</extracomment>
        <translation>如何注册 Referral Desk 并找到这些值</translation>
    </message>
    <message>
        <source>Open the connection guide</source>
        <translation>打开连接指南</translation>
    </message>
    <message>
        <source>Opening the sign-in page in your browser…</source>
        <translation>正在浏览器中打开登录页面…</translation>
    </message>
    <message>
        <source>&amp;Cancel Sign-In</source>
        <translation>取消登录(&amp;C)</translation>
    </message>
    <message>
        <source>Your browser shows the Microsoft sign-in page. Sign in there with your Partner Center account; Referral Desk waits for up to 5 minutes. Cancel stops waiting.</source>
        <translation>浏览器中已显示 Microsoft 登录页面。请在该页面使用 Partner Center 账户登录；Referral Desk 最多等待 5 分钟。点击“取消”将停止等待。</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the sign-in address, open it in a browser on this computer and sign in; Referral Desk waits for up to 5 minutes.</source>
        <translation>无法打开浏览器。请复制登录地址，在此计算机上的浏览器中打开并登录；Referral Desk 最多等待 5 分钟。</translation>
    </message>
    <message>
        <source>Open the sign-in page again</source>
        <translation>重新打开登录页面</translation>
    </message>
    <message>
        <source>Copy its address</source>
        <translation>复制其地址</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sign-in cancelled. Change the values or sign in again.</source>
        <translation>登录已取消。请修改这些值或重新登录。</translation>
    </message>
</context>
<context>
    <name>rd::ConnectionStatus</name>
    <message>
        <source>Offline, last sync 12:59 PM, 999 actions queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>连接…</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Online, synced at %1</source>
        <translation>在线，同步于 %1</translation>
    </message>
    <message>
        <source>Offline, last sync %1</source>
        <translation>离线，上次同步 %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>1 action queued</source>
        <translation>1 个操作排队中</translation>
    </message>
    <message>
        <source>%1 actions queued</source>
        <translation>%1 个操作排队中</translation>
    </message>
    <message>
        <source>Local database problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::CredentialStore</name>
    <message>
        <source>There is no desktop session bus, so no keyring can be reached. Sign in from a desktop session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring service is running. Install GNOME Keyring (gnome-keyring) or KWallet and unlock it, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not answer. It may be locked: unlock it (for example by signing in to the desktop) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system; Referral Desk keeps sign-in secrets only there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Referral Desk to use it, or unlock it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::DbusNotifier</name>
    <message>
        <source>Open</source>
        <translation type="unfinished">进行中</translation>
    </message>
    <message>
        <source>I’m interested</source>
        <translation type="unfinished">我感兴趣</translation>
    </message>
</context>
<context>
    <name>rd::Desktop</name>
    <message>
        <source>Referral Desk keeps running in the tray and warns you before a referral is missed. To end it, choose Quit from the tray icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications are not available here (no notification service and no system tray); watch the badges on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with a given token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Signed out. Queued actions wait until you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Signed out: choose Sign In… to sync again.</source>
        <translation>已退出登录：请选择“登录…”以重新同步。</translation>
    </message>
    <message>
        <source>Not connected to Partner Center yet: choose Connect… to set it up.</source>
        <translation>尚未连接到 Partner Center：请选择“连接…”进行设置。</translation>
    </message>
    <message>
        <source>Finish signing in in your browser; Referral Desk waits for up to 5 minutes.</source>
        <translation>请在浏览器中完成登录；Referral Desk 最多等待 5 分钟。</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address on this computer to sign in: %1</source>
        <translation>无法打开浏览器。请在此计算机上打开以下地址进行登录：%1</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <source>Opening the sign-in page in your browser…</source>
        <translation>正在浏览器中打开登录页面…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
</context>
<context>
    <name>rd::DetailsPane</name>
    <message>
        <source>Referral details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a card to see everything about the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated deal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your actions not yet confirmed by Partner Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to Partner Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Sent by you to another partner, who answers it</source>
        <translation>由您发送给其他合作伙伴，由对方答复</translation>
    </message>
    <message>
        <source>Received: yours to answer</source>
        <translation>已收到：由您答复</translation>
    </message>
</context>
<context>
    <name>rd::GuideWindow</name>
    <message>
        <source>Connecting Referral Desk to Partner Center</source>
        <translation>将 Referral Desk 连接到 Partner Center</translation>
    </message>
    <message>
        <source>Connection guide</source>
        <translation>连接指南</translation>
    </message>
    <message>
        <source>The connection guide is missing from this installation; it is docs/connect-partner-center.md in Referral Desk&apos;s source.</source>
        <translation>此安装中缺少连接指南；它位于 Referral Desk 源代码中的 docs/connect-partner-center.md。</translation>
    </message>
</context>
<context>
    <name>rd::InsightsWindow</name>
    <message>
        <source>Insights — Referral Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals received in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to first answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">已错过</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished">已过期</translation>
    </message>
    <message>
        <source>Accept rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate of accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline in Negotiating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing date passed: report Won or Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered in 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished">赢单</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate of accepted referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>接收起始</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>接收截止</translation>
    </message>
    <message>
        <source>The range starts after it ends: choose a start on or before %1.</source>
        <translation>范围的开始晚于结束:请选择 %1 或更早的开始日期。</translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <source>About Referral Desk</source>
        <translation>关于 Referral Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Referral Desk %1&lt;/h3&gt;&lt;p&gt;Answer Microsoft Partner Center referrals before they are missed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Send queued actions and fetch changes now (%1)</source>
        <translation>立即发送排队的操作并获取更改 (%1)</translation>
    </message>
    <message>
        <source>Filter cards (Ctrl+F)</source>
        <translation>筛选卡片 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>筛选卡片</translation>
    </message>
    <message>
        <source>Some actions could not be sent; see the cards marked Conflict.</source>
        <translation>部分操作无法发送;请查看标记为“冲突”的卡片。</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>归档(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Insights…</source>
        <translation>统计(&amp;I)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Full Sync</source>
        <translation>完整同步(&amp;F)</translation>
    </message>
    <message>
        <source>Also compare every referral Partner Center lists, to find any that arrived with an older date (%1)</source>
        <translation>同时比对 Partner Center 列出的所有推荐，以找出日期较早的新到推荐 (%1)</translation>
    </message>
    <message>
        <source>Referrals you sent to other partners. They answer them; nothing here needs an answer from you.</source>
        <translation>您发送给其他合作伙伴的推荐。由对方答复；此处无需您答复。</translation>
    </message>
    <message>
        <source>Back to Your Referrals</source>
        <translation>返回您的推荐</translation>
    </message>
    <message>
        <source>You are exploring sample data from a simulator on this computer. Nothing you do here goes to Partner Center.</source>
        <translation>您正在浏览来自此计算机上模拟器的示例数据。您在此处的任何操作都不会发送到 Partner Center。</translation>
    </message>
    <message>
        <source>Connect to Partner Center…</source>
        <translation>连接到 Partner Center…</translation>
    </message>
    <message>
        <source>Referral Desk (sample data)</source>
        <translation>Referral Desk（示例数据）</translation>
    </message>
    <message>
        <source>Referral Desk</source>
        <translation>Referral Desk</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>打开设置…</translation>
    </message>
    <message>
        <source>Sent by You (%1)</source>
        <translation>您发送的推荐 (%1)</translation>
    </message>
    <message>
        <source>Sent by You</source>
        <translation>您发送的推荐</translation>
    </message>
    <message>
        <source>Show the referrals you sent to other partners</source>
        <translation>显示您发送给其他合作伙伴的推荐</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>rd::OutboxPusher</name>
    <message>
        <source>The referral is no longer in the local database.</source>
        <translation>该推荐已不在本地数据库中。</translation>
    </message>
    <message>
        <source>Partner Center shows the referral as %1, so “%2” no longer applies.</source>
        <translation>Partner Center 显示该推荐当前为 %1，因此“%2”不再适用。</translation>
    </message>
    <message>
        <source>The referral keeps changing in Partner Center; “%1” was not sent.</source>
        <translation>该推荐在 Partner Center 中不断变化；“%1”未发送。</translation>
    </message>
    <message>
        <source>Partner Center refused “%1”: %2</source>
        <translation>Partner Center 拒绝了“%1”：%2</translation>
    </message>
    <message>
        <source>Re-based on the referral&apos;s newer version.</source>
        <translation>已基于该推荐的较新版本重新调整。</translation>
    </message>
    <message>
        <source>“%1” could not be put back in the queue either, so it cannot be undone until the next sync or the next start of Referral Desk puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ReasonDialog</name>
    <message>
        <source>Deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was the deal with %1 lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you decline the referral from %1? The customer will be asked to choose another partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished">拒绝</translation>
    </message>
</context>
<context>
    <name>rd::RecentArchiveModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ReferralListModel</name>
    <message>
        <source>(no customer name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2. %3</source>
        <extracomment>A card read out: customer, referral, deadline</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · closes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by you</source>
        <translation>由您发送</translation>
    </message>
</context>
<context>
    <name>rd::ReferralPuller</name>
    <message>
        <source>The list has no &quot;value&quot;.</source>
        <translation>列表中没有 &quot;value&quot;。</translation>
    </message>
    <message>
        <source>The local database %1 could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::SampleService</name>
    <message>
        <source>The sample data service did not start within 20 seconds.</source>
        <translation>示例数据服务未在 20 秒内启动。</translation>
    </message>
    <message>
        <source>The sample data service (%1) is not installed beside Referral Desk.</source>
        <translation>示例数据服务 (%1) 未与 Referral Desk 安装在同一位置。</translation>
    </message>
    <message>
        <source>The sample data service could not be started: %1</source>
        <translation>无法启动示例数据服务：%1</translation>
    </message>
    <message>
        <source>The sample data service stopped at once (exit code %1). %2</source>
        <translation>示例数据服务启动后立即停止（退出代码 %1）。%2</translation>
    </message>
</context>
<context>
    <name>rd::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>已登录。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>Not available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Cancel Sign-In</source>
        <translation>取消登录(&amp;C)</translation>
    </message>
    <message>
        <source>How often Referral Desk asks Partner Center for changes: %1–%2 minutes.</source>
        <extracomment>%1–%2 the allowed range of the sync interval in minutes</extracomment>
        <translation>Referral Desk 向合作伙伴中心查询更改的频率:%1–%2 分钟。</translation>
    </message>
    <message>
        <source>How long you can undo an action before it is sent to Partner Center; 0 sends at once. %1–%2 seconds.</source>
        <extracomment>%1–%2 the allowed range of the undo window in seconds</extracomment>
        <translation>操作发送到合作伙伴中心之前可撤销的时间;0 表示立即发送。%1–%2 秒。</translation>
    </message>
</context>
<context>
    <name>rd::SignIn</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished">未登录。</translation>
    </message>
    <message>
        <source>Signing in again is needed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on this computer for the sign-in answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;!doctype html&gt;&lt;meta charset=utf-8&gt;&lt;title&gt;Referral Desk&lt;/title&gt;&lt;p&gt;Sign-in finished. You can close this page and return to Referral Desk.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer did not match this request; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code expired; start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application (client) id is set: connect to Partner Center first (File › Sign In, or referral-desk-cli --tenant … --client-id … sign-in).</source>
        <translation>尚未设置应用程序（客户端）ID：请先连接到 Partner Center（“文件 › 登录”，或 referral-desk-cli --tenant … --client-id … sign-in）。</translation>
    </message>
    <message>
        <source>The sign-in authority “%1” is not a web address.</source>
        <translation>登录颁发机构“%1”不是有效的网址。</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in was not completed within %n minute(s), so Referral Desk stopped waiting. Start it again when you are ready.</source>
        <translation>
            <numerusform>登录未在 %n 分钟内完成，因此 Referral Desk 已停止等待。准备就绪后请重新开始。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in settings changed; sign in again.</source>
        <translation>登录设置已更改；请重新登录。</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>已退出登录。</translation>
    </message>
</context>
<context>
    <name>rd::StageColumn</name>
    <message>
        <source>No new referrals</source>
        <translation>没有新推荐</translation>
    </message>
    <message>
        <source>Nothing being evaluated</source>
        <translation>没有评估中的推荐</translation>
    </message>
    <message>
        <source>No deals in negotiation</source>
        <translation>没有洽谈中的交易</translation>
    </message>
    <message>
        <source>Nothing archived yet</source>
        <translation>尚无归档</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Column header: a stage and how many referrals it holds, e.g. &quot;New · 3&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open the full archive…</source>
        <translation>打开完整归档…</translation>
    </message>
    <message>
        <source>Open the full archive</source>
        <translation>打开完整归档</translation>
    </message>
</context>
<context>
    <name>rd::StaticTokenSource</name>
    <message>
        <source>The given access token was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::TrayIcon</name>
    <message>
        <source>&amp;Open Referral Desk</source>
        <translation>打开 Referral Desk(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause Notifications for 1 Hour</source>
        <translation>暂停通知 1 小时(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Notifications Paused until %1 (Click to Resume)</source>
        <translation>通知已暂停至 %1（单击恢复）</translation>
    </message>
    <message>
        <source>1 referral needs an answer today</source>
        <translation>1 个推荐需要今天答复</translation>
    </message>
    <message>
        <source>%1 referrals need an answer today</source>
        <translation>%1 个推荐需要今天答复</translation>
    </message>
    <message>
        <source>Nothing needs an answer today</source>
        <translation>今天没有需要答复的推荐</translation>
    </message>
    <message>
        <source>%1 new</source>
        <extracomment>In the tray&apos;s tooltip: how many referrals are in the New column</extracomment>
        <translation>%1 个新推荐</translation>
    </message>
</context>
<context>
    <name>rd::UndoBar</name>
    <message>
        <source>%1: %2. Sent to Partner Center in %3 s.</source>
        <extracomment>%1 the action, %2 the customer, %3 seconds until it is sent</extracomment>
        <translation>%1:%2。将在 %3 秒后发送到合作伙伴中心。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Take the action back; nothing is sent (%1)</source>
        <translation>撤回操作;不会发送任何内容 (%1)</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>Send it to Partner Center without waiting</source>
        <translation>不等待,立即发送到合作伙伴中心</translation>
    </message>
</context>
<context>
    <name>rd::WelcomePage</name>
    <message>
        <source>Welcome to Referral Desk</source>
        <translation>欢迎使用 Referral Desk</translation>
    </message>
    <message>
        <source>Referral Desk shows the referrals Microsoft sends you through Partner Center on one board, counts down the time left to answer each one, and warns you before one is missed. It keeps a copy on this computer, so you can work offline too.</source>
        <translation>Referral Desk 将 Microsoft 通过 Partner Center 发送给您的推荐集中显示在一个看板上，为每个推荐倒计时剩余答复时间，并在错过任何推荐之前提醒您。它会在此计算机上保留一份副本，因此您也可以离线工作。</translation>
    </message>
    <message>
        <source>Connect to Partner Center…</source>
        <translation>连接到 Partner Center…</translation>
    </message>
    <message>
        <source>Connect to Partner Center</source>
        <translation>连接到 Partner Center</translation>
    </message>
    <message>
        <source>Enter your tenant and app registration, then sign in with your browser.</source>
        <translation>输入您的租户和应用注册信息，然后通过浏览器登录。</translation>
    </message>
    <message>
        <source>You need a Partner Center account with the Referrals admin or Referrals user role, and an app registration your administrator makes once in Microsoft Entra ID.</source>
        <translation>您需要一个具有“推荐管理员”或“推荐用户”角色的 Partner Center 账户，以及由管理员在 Microsoft Entra ID 中一次性创建的应用注册。</translation>
    </message>
    <message>
        <source>Read the connection guide</source>
        <translation>阅读连接指南</translation>
    </message>
    <message>
        <source>What you need, and the connection guide</source>
        <translation>所需条件及连接指南</translation>
    </message>
    <message>
        <source>Starting the sample…</source>
        <translation>正在启动示例…</translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation>使用示例数据体验</translation>
    </message>
    <message>
        <source>Opens the board on invented referrals from a simulator on this computer.</source>
        <translation>在由此计算机上的模拟器生成的虚构推荐上打开看板。</translation>
    </message>
    <message>
        <source>Try the board on invented referrals from a simulator on this computer. Nothing you do there goes to Partner Center.</source>
        <translation>使用此计算机上模拟器生成的虚构推荐试用看板。您在其中的任何操作都不会发送到 Partner Center。</translation>
    </message>
</context>
</TS>
