<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Accept referral</source>
        <translation>接受推荐</translation>
    </message>
    <message>
        <source>Estimated deal &amp;value:</source>
        <translation>预计交易金额(&amp;V)：</translation>
    </message>
    <message>
        <source>Estimated deal value</source>
        <translation>预计交易金额</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Estimated &amp;closing date:</source>
        <translation>预计成交日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Estimated closing date</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Partner Center cannot be reached; your actions are kept and sent later.</source>
        <translation>无法连接到 Partner Center；您的操作已保留，稍后发送。</translation>
    </message>
    <message>
        <source>Partner Center did not answer in time; your actions are kept and sent later.</source>
        <translation>Partner Center 未及时响应；您的操作已保留，稍后发送。</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>您的登录已过期。请重新登录。</translation>
    </message>
    <message>
        <source>Your account cannot use referrals: it needs the Partner Center role Referrals Admin or Referrals User.</source>
        <translation>您的账户无法使用推荐功能：它需要具有 Partner Center 中的“推荐管理员”或“推荐用户”角色。</translation>
    </message>
    <message>
        <source>The referral no longer exists in Partner Center.</source>
        <translation>该推荐在 Partner Center 中已不存在。</translation>
    </message>
    <message>
        <source>The referral changed in Partner Center since it was read.</source>
        <translation>该推荐在读取之后已在 Partner Center 中被更改。</translation>
    </message>
    <message>
        <source>Partner Center refused the change:</source>
        <translation>Partner Center 拒绝了该更改：</translation>
    </message>
    <message>
        <source>Partner Center asks to slow down; trying again shortly.</source>
        <translation>Partner Center 要求降低请求频率；稍后将重试。</translation>
    </message>
    <message>
        <source>Partner Center had a problem (HTTP %1); trying again later.</source>
        <translation>Partner Center 出现问题（HTTP %1）；稍后将重试。</translation>
    </message>
    <message>
        <source>Partner Center sent an answer Referral Desk cannot read; trying again later.</source>
        <translation>Partner Center 返回了 Referral Desk 无法读取的响应；稍后将重试。</translation>
    </message>
    <message>
        <source>The connection to Partner Center is not secure, so nothing was sent.</source>
        <translation>与 Partner Center 的连接不安全，因此未发送任何内容。</translation>
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
        <translation>同步因本地数据库问题（而非 Partner Center）而停止；您的操作已保留。</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Enter an address.</source>
        <translation>请输入地址。</translation>
    </message>
    <message>
        <source>This is not a web address (for example https://example.com).</source>
        <translation>这不是有效的网址（例如 https://example.com）。</translation>
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
        <translation>客户端 ID 不能包含空格。</translation>
    </message>
    <message>
        <source>Sync every %1 to %2 minutes.</source>
        <translation>同步间隔应为 %1 到 %2 分钟。</translation>
    </message>
    <message>
        <source>Choose a currency from the list (ISO 4217 code).</source>
        <translation>请从列表中选择货币（ISO 4217 代码）。</translation>
    </message>
    <message>
        <source>Quiet hours need a start and a different end.</source>
        <translation>免打扰时段需要开始时间，且结束时间须与之不同。</translation>
    </message>
    <message>
        <source>There is no translation for “%1”.</source>
        <translation>没有“%1”的翻译。</translation>
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
    <message>
        <source>Weekly summary (Monday morning)</source>
        <translation>每周摘要（周一上午）</translation>
    </message>
</context>
<context>
    <name>ArchiveExport</name>
    <message>
        <source>Referral ID</source>
        <translation>推荐 ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>交易金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
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
    <name>CountryName</name>
    <message>
        <source>Andorra</source>
        <translation>安道尔</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>阿联酋</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>阿富汗</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>安提瓜和巴布达</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>安圭拉</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>阿尔巴尼亚</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>亚美尼亚</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>安哥拉</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>南极洲</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>阿根廷</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>美属萨摩亚</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>奥地利</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>阿鲁巴</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>奥兰群岛</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>阿塞拜疆</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>波斯尼亚和黑塞哥维那</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>巴巴多斯</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>孟加拉国</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>比利时</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>布基纳法索</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>保加利亚</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>巴林</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>布隆迪</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>贝宁</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>圣巴泰勒米岛</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>百慕大</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>文莱</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>玻利维亚</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>博奈尔、圣尤斯特歇斯岛和萨巴</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>巴西</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>巴哈马</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>不丹</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>布韦岛</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>博茨瓦纳</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>白俄罗斯</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>伯利兹</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>科科斯群岛</translation>
    </message>
    <message>
        <source>Congo, The Democratic Republic of the</source>
        <translation>刚果民主共和国</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>中非共和国</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>刚果</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>瑞士</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>科特迪瓦</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>库克群岛</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>智利</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>喀麦隆</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>哥伦比亚</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>哥斯达黎加</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>古巴</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>佛得角</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>库拉索</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>圣诞岛</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>塞浦路斯</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>捷克</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>吉布提</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>丹麦</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>多米尼克</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>多米尼加共和国</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>阿尔及利亚</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>厄瓜多尔</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>爱沙尼亚</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>埃及</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>西撒哈拉</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>厄立特里亚</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>西班牙</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>埃塞俄比亚</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>芬兰</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>斐济</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>福克兰群岛(马尔维纳斯)</translation>
    </message>
    <message>
        <source>Micronesia, Federated States of</source>
        <translation>密克罗尼西亚</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>法罗群岛</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>加蓬</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>格林纳达</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>格鲁吉亚</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>法属圭亚那</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>根西岛</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>加纳</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>直布罗陀</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>格陵兰</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>冈比亚</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>几内亚</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>瓜德罗普</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>赤道几内亚</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>希腊</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>南乔治亚和南桑威奇群岛</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>危地马拉</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>关岛</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>几内亚比绍</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>圭亚那</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>赫德岛与麦克唐纳群岛</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>洪都拉斯</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>克罗地亚</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>海地</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>匈牙利</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>印度尼西亚</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>爱尔兰</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>以色列</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>曼岛</translation>
    </message>
    <message>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>英属印度洋领地</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>伊拉克</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>伊朗</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>冰岛</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>意大利</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>泽西岛</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>牙买加</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>约旦</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>肯尼亚</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>吉尔吉斯斯坦</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>柬埔寨</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>基里巴斯</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>科摩罗</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>圣基茨和尼维斯</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>朝鲜</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>科威特</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>开曼群岛</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>哈萨克斯坦</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>老挝</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>黎巴嫩</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>圣卢西亚</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>列支敦士登</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>斯里兰卡</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>利比里亚</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>莱索托</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>立陶宛</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>卢森堡</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>拉脱维亚</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>利比亚</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>摩洛哥</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>摩纳哥</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>摩尔多瓦</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>黑山</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>法属圣马丁</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>马达加斯加</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>马绍尔群岛</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>北马其顿</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>马里</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>缅甸</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>蒙古</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>澳门</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>北马里亚纳群岛</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>马提尼克</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>毛里塔尼亚</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>蒙塞拉特岛</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>马耳他</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>毛里求斯</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>马尔代夫</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>马拉维</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>墨西哥</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>莫桑比克</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>纳米比亚</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>新喀里多尼亚</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>尼日尔</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>诺福克岛</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>尼日利亚</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>尼加拉瓜</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>荷兰</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>挪威</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>尼泊尔</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>瑙鲁</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>纽埃</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>新西兰</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>阿曼</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>巴拿马</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>秘鲁</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>法属波利尼西亚</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>巴布亚新几内亚</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>菲律宾</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>巴基斯坦</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>波兰</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>圣皮埃尔和密克隆</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>皮特克恩</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>波多黎各</translation>
    </message>
    <message>
        <source>Palestine, State of</source>
        <translation>巴勒斯坦</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>葡萄牙</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>帕劳</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>巴拉圭</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>卡塔尔</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>留尼汪</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>罗马尼亚</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>塞尔维亚</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>俄罗斯</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>卢旺达</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>沙特阿拉伯</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>所罗门群岛</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>塞舌尔</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>苏丹</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>瑞典</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>圣赫勒拿-阿森松-特里斯坦达库尼亚</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>斯洛文尼亚</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>斯瓦尔巴特和扬马延岛</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>斯洛伐克</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>塞拉利昂</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>圣马力诺</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>塞内加尔</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>索马里</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>苏里南</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>南苏丹</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>圣多美和普林西比</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>萨尔瓦多</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>荷属圣马丁</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>叙利亚</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>斯威士兰</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>特克斯和凯科斯群岛</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>乍得</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>法属南部领地</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>多哥</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>塔吉克斯坦</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>托克劳</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>东帝汶</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>土库曼斯坦</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>突尼斯</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>汤加</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>土耳其</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>特里尼达和多巴哥</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>图瓦卢</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>坦桑尼亚</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>乌克兰</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>乌干达</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>美国本土外小岛屿</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>乌拉圭</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>乌兹别克斯坦</translation>
    </message>
    <message>
        <source>Holy See (Vatican City State)</source>
        <translation>梵蒂冈</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>圣文森特和格林纳丁斯</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>委内瑞拉</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>英属维尔京群岛</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>美属维尔京群岛</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>瓦努阿图</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>瓦利斯和富图纳</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>萨摩亚</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>也门</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>马约特</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>南非</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>赞比亚</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>津巴布韦</translation>
    </message>
</context>
<context>
    <name>DeadlinePolicy</name>
    <message>
        <source>Missed · waiting for the service</source>
        <translation>已错过 · 等待服务确认</translation>
    </message>
    <message>
        <source>Expired · waiting for the service</source>
        <translation>已过期 · 等待服务确认</translation>
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
        <translation>已逾期 · %1 后错过</translation>
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
        <translation>时间充裕</translation>
    </message>
    <message>
        <source>Respond soon</source>
        <translation>尽快答复</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>About to be missed</source>
        <translation>即将错过</translation>
    </message>
    <message>
        <source>Decide soon</source>
        <translation>尽快决定</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>即将成交</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>Closing date passed</source>
        <translation>已过成交日期</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>a length of time on its own, as in: median answer 3 days</comment>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>time left, after in or within: expires in 3 days</comment>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Not enough history: no earlier referral like this one has ended yet.</source>
        <translation>历史记录不足：尚无与此类似的早期推荐已结束。</translation>
    </message>
    <message numerus="yes">
        <source>Not enough history: only %n similar referrals have ended so far (a fit needs %1).</source>
        <extracomment>%n similar referrals ended so far; %1 how many are needed</extracomment>
        <translation>
            <numerusform>历史记录不足：目前仅有 %n 个类似推荐已结束（至少需要 %1 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You won %1 of %n similar referrals: %2.</source>
        <extracomment>%1 how many were won, %n how many similar ones ended, %2 what they share</extracomment>
        <translation>
            <numerusform>在 %n 个类似推荐中，您赢得了 %1 个：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>High fit</source>
        <translation>高匹配度</translation>
    </message>
    <message>
        <source>Medium fit</source>
        <translation>中等匹配度</translation>
    </message>
    <message>
        <source>Low fit</source>
        <translation>低匹配度</translation>
    </message>
    <message>
        <source>Not enough history</source>
        <translation>历史记录不足</translation>
    </message>
    <message>
        <source>Not known yet: Referral Desk is still counting how your archived referrals ended. The fit appears when it is done.</source>
        <translation>尚未可知：Referral Desk 仍在统计您已归档推荐的结果。统计完成后将显示匹配度。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>%1+ employees</source>
        <extracomment>A company size: more than this many employees (&quot;10,000+ employees&quot;)</extracomment>
        <translation>%1 名以上员工</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <extracomment>A company size of exactly this many employees</extracomment>
        <translation>%1 名员工</translation>
    </message>
    <message>
        <source>%1–%2 employees</source>
        <extracomment>A company size: from–to employees (&quot;51–250 employees&quot;); keep the en dash</extracomment>
        <translation>%1–%2 名员工</translation>
    </message>
    <message>
        <source>Not qualified</source>
        <extracomment>The referral&apos;s qualification: nobody qualified the lead</extracomment>
        <translation>未认定</translation>
    </message>
    <message>
        <source>Direct</source>
        <extracomment>The referral&apos;s qualification: the lead came directly, not through marketing or sales</extracomment>
        <translation>直接</translation>
    </message>
    <message>
        <source>Marketing qualified</source>
        <extracomment>The referral&apos;s qualification: qualified by (Microsoft) marketing</extracomment>
        <translation>营销合格</translation>
    </message>
    <message>
        <source>Sales qualified</source>
        <extracomment>The referral&apos;s qualification: qualified by (Microsoft) sales</extracomment>
        <translation>销售合格</translation>
    </message>
    <message>
        <source>Independent</source>
        <extracomment>Referral type: visible to this partner only</extracomment>
        <translation>独立</translation>
    </message>
    <message>
        <source>Shared (co-sell)</source>
        <extracomment>Referral type: visible to two parties selling together (for example with Microsoft)</extracomment>
        <translation>共享（共同销售）</translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>Why a referral was closed: the partner said &quot;No thanks&quot; while it was new</extracomment>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Missed</source>
        <extracomment>Why a referral was closed: nobody answered in time</extracomment>
        <translation>已错过</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Why a referral was closed: no decision in time</extracomment>
        <translation>已过期</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A country and the code the service sent for it: &quot;Germany (DE)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A decline or loss reason followed by the person&apos;s own words</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The referral is already in %1.</source>
        <extracomment>%1 and %2 are stages; %3 says what is possible instead</extracomment>
        <translation>该推荐已处于“%1”阶段。</translation>
    </message>
    <message>
        <source>A referral in %1 can’t be moved to %2. %3</source>
        <translation>处于“%1”阶段的推荐不能移到“%2”。%3</translation>
    </message>
    <message>
        <source>Enter the estimated deal value.</source>
        <translation>请输入预计交易金额。</translation>
    </message>
    <message>
        <source>The deal value must be more than 0.</source>
        <translation>交易金额必须大于 0。</translation>
    </message>
    <message>
        <source>The deal value can be at most %1.</source>
        <translation>交易金额不能超过 %1。</translation>
    </message>
    <message>
        <source>Choose the currency of the deal.</source>
        <translation>请选择交易货币。</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code such as EUR or USD.</source>
        <translation>“%1”不是 ISO 4217 货币代码（例如 EUR 或 USD）。</translation>
    </message>
    <message>
        <source>Enter the estimated closing date.</source>
        <translation>请输入预计成交日期。</translation>
    </message>
    <message>
        <source>The closing date can’t be in the past; choose today (%1) or later.</source>
        <translation>成交日期不能早于今天；请选择今天（%1）或之后的日期。</translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation>请说明丢单原因。</translation>
    </message>
    <message>
        <source>Say why you decline this referral.</source>
        <translation>请说明拒绝此推荐的原因。</translation>
    </message>
    <message>
        <source>The reason is too long: %1 characters, at most %2.</source>
        <translation>原因过长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>“%1” names an outcome, not a reason; describe why.</source>
        <translation>“%1”是结果，而不是原因；请说明具体原因。</translation>
    </message>
    <message>
        <source>The note is too long: %1 characters, at most %2.</source>
        <translation>备注过长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>Nothing changed: edit the deal value, currency, closing date or notes.</source>
        <translation>未做任何更改：请修改交易金额、货币、成交日期或备注。</translation>
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
        <translation>Referral Desk 无法识别其状态“%1”，因此它为只读。</translation>
    </message>
    <message>
        <source>Archived referrals are read only.</source>
        <translation>已归档的推荐为只读。</translation>
    </message>
    <message>
        <source>Allowed: %1.</source>
        <extracomment>%1 is the list of actions allowed, e.g. &quot;I’m interested and No thanks&quot;</extracomment>
        <translation>可执行的操作：%1。</translation>
    </message>
    <message>
        <source>“%1” is not possible for a referral in %2. %3</source>
        <extracomment>%1 an action, %2 a stage, %3 what is allowed instead</extracomment>
        <translation>处于“%2”阶段的推荐无法执行“%1”。%3</translation>
    </message>
    <message>
        <source>Not a fit for our offerings</source>
        <translation>与我们的产品和服务不匹配</translation>
    </message>
    <message>
        <source>Outside the regions we serve</source>
        <translation>不在我们的服务区域内</translation>
    </message>
    <message>
        <source>Deal too small</source>
        <translation>交易规模过小</translation>
    </message>
    <message>
        <source>No capacity at the moment</source>
        <translation>目前没有余力承接</translation>
    </message>
    <message>
        <source>Customer unreachable</source>
        <translation>无法联系到客户</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Customer chose another partner</source>
        <translation>客户选择了其他合作伙伴</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Customer postponed or cancelled</source>
        <translation>客户推迟或取消</translation>
    </message>
    <message>
        <source>Requirements changed</source>
        <translation>需求已变更</translation>
    </message>
    <message>
        <source>Estimated deal value</source>
        <translation>预计交易金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Estimated closing date</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
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
        <translation>请输入预计交易金额。</translation>
    </message>
    <message>
        <source>The deal value must be more than 0.</source>
        <translation>交易金额必须大于 0。</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Enter digits, such as %2.</source>
        <translation>“%1”不是有效金额。请输入数字，例如 %2。</translation>
    </message>
    <message>
        <source>Use at most 2 decimals.</source>
        <translation>最多只能有 2 位小数。</translation>
    </message>
    <message>
        <source>The deal value can be at most %1.</source>
        <translation>交易金额不能超过 %1。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount and its ISO 4217 currency code, e.g. &quot;12,500.50 EUR&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 has no decimals.</source>
        <extracomment>%1 is a currency code such as JPY, whose amounts are whole numbers</extracomment>
        <translation>%1 金额不能有小数。</translation>
    </message>
    <message>
        <source>%1 takes at most %2 decimals.</source>
        <extracomment>%1 is a currency code such as KWD; %2 its number of decimals: 2, 3 or 4</extracomment>
        <translation>%1 最多只能有 %2 位小数。</translation>
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
    <message>
        <source>Your week in referrals</source>
        <translation>您的推荐周报</translation>
    </message>
    <message numerus="yes">
        <source>Last week: %n new referral(s), %1 answered within 24 hours.</source>
        <extracomment>%1 is a percentage (&quot;86 %&quot;)</extracomment>
        <translation>
            <numerusform>上周：%n 个新推荐，%1 在 24 小时内答复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Last week: no new referrals.</source>
        <translation>上周：没有新推荐。</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) need(s) an update (closing date passed).</source>
        <translation>
            <numerusform>%n 笔交易待反馈结果（已过成交日期）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>详细说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细说明</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>Unknown (%1)</source>
        <extracomment>An archived referral whose remote status this version does not know; %1 is that status</extracomment>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>无状态</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Stage and outcome of an archived referral, e.g. &quot;Archived · Won&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A stage followed by a remote substatus this version does not know</extracomment>
        <translation>%1 (%2)</translation>
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
        <translation>作为错误关闭</translation>
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
        <translation>推荐 API 基础 URL</translation>
    </message>
    <message>
        <source>Sign-in &amp;authority:</source>
        <translation>登录颁发机构(&amp;A)：</translation>
    </message>
    <message>
        <source>Sign-in authority URL</source>
        <translation>登录颁发机构 URL</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>客户端 ID(&amp;C)：</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>OAuth 客户端 ID</translation>
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
        <translation>同步间隔（分钟）</translation>
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
        <translation>默认货币</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
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
        <translation>免打扰开始时间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>免打扰结束时间</translation>
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
        <translation>撤销时限(&amp;W)：</translation>
    </message>
    <message>
        <source>Undo window in seconds</source>
        <translation>撤销时限（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>Texts switch at once; dates and numbers follow the new language the next time Referral Desk starts.</source>
        <translation>文本会立即切换；日期和数字格式将在 Referral Desk 下次启动时采用新语言。</translation>
    </message>
</context>
<context>
    <name>SettingsFileGuard</name>
    <message>
        <source>The settings file %1 could not be read: %2.</source>
        <translation>无法读取设置文件 %1：%2。</translation>
    </message>
    <message>
        <source>The settings file %1 holds values Referral Desk cannot read safely (%2), and they could not be taken out: %3. Remove those lines or the file; until then Referral Desk uses its default settings.</source>
        <translation>设置文件 %1 中包含 Referral Desk 无法安全读取的值（%2），且无法将其移除：%3。请删除这些行或该文件；在此之前，Referral Desk 使用默认设置。</translation>
    </message>
    <message numerus="yes">
        <source>The setting %1 in %2 held data in a form Referral Desk never writes and cannot read safely, so it was taken out of the file and its default is used. The file as it was is kept as %3.</source>
        <extracomment>%1 the keys (one or more), %2 the settings file, %3 the copy of the file as it was</extracomment>
        <translation>
            <numerusform>设置文件 %2 中的设置 %1 包含 Referral Desk 从不写入且无法安全读取的数据，因此已从文件中移除，并改用默认值。原文件已保存为 %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>Could not change %1.</source>
        <translation>无法更改 %1。</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>Answer Microsoft Partner Center referrals before they are missed.</source>
        <translation>及时答复 Microsoft Partner Center 推荐，避免错过。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Damaged local database</source>
        <translation>本地数据库已损坏</translation>
    </message>
    <message>
        <source>Move Aside and Rebuild</source>
        <translation>移开并重建</translation>
    </message>
    <message>
        <source>Database rebuilt</source>
        <translation>数据库已重建</translation>
    </message>
    <message>
        <source>Referral Desk cannot start</source>
        <translation>Referral Desk 无法启动</translation>
    </message>
    <message>
        <source>Referral Desk can keep the damaged file for inspection, start a new database with the actions not sent yet and the history that can still be read from it, and bring your referrals back from Partner Center at the next sync.</source>
        <translation>Referral Desk 可以保留已损坏的文件以供检查，新建一个数据库，存入尚未发送的操作和仍可从损坏文件中读取的历史记录，并在下次同步时从 Partner Center 重新获取您的推荐。</translation>
    </message>
    <message>
        <source>Referral Desk did not close properly last time. Checking the local database before it is used…</source>
        <translation>Referral Desk 上次未正常关闭。正在使用前检查本地数据库…</translation>
    </message>
    <message>
        <source>Checking the Local Database</source>
        <translation>正在检查本地数据库</translation>
    </message>
    <message>
        <source>Updating the Local Database</source>
        <translation>正在更新本地数据库</translation>
    </message>
    <message>
        <source>Updating the local database for this version of Referral Desk. This happens once and can take a few minutes for a large archive…</source>
        <translation>正在为此版本的 Referral Desk 更新本地数据库。此操作只进行一次，存档较大时可能需要几分钟…</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The local database %1 could not be updated: %2</source>
        <translation>无法更新本地数据库 %1：%2</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The local database %1 is damaged (%2). It can be moved aside and rebuilt from Partner Center.</source>
        <translation>本地数据库 %1 已损坏（%2）。可以将其移开，并从 Partner Center 重建。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Referral Desk (format %2; this version reads up to %3). Update Referral Desk, or start it with another profile. The file was not changed.</source>
        <translation>数据库 %1 由更新版本的 Referral Desk 写入（格式 %2；此版本最高只能读取格式 %3）。请更新 Referral Desk，或使用其他配置文件启动。该文件未被更改。</translation>
    </message>
    <message>
        <source>migration to format %1 failed: %2</source>
        <translation>迁移到格式 %1 失败：%2</translation>
    </message>
    <message>
        <source>This referral is not in the local database.</source>
        <translation>此推荐不在本地数据库中。</translation>
    </message>
    <message>
        <source>The disk that holds the local database %1 is full. Free some space; nothing was lost, and what you did is kept until it can be saved.</source>
        <translation>存放本地数据库 %1 的磁盘已满。请释放一些空间；没有丢失任何内容，您所做的操作会保留，直到可以保存为止。</translation>
    </message>
    <message>
        <source>Referral Desk cannot write to the local database %1 or its folder (%2). Check that the folder is yours and writable, or start Referral Desk with another --profile.</source>
        <translation>Referral Desk 无法写入本地数据库 %1 或其所在文件夹（%2）。请检查该文件夹是否归您所有且可写，或使用其他 --profile 启动 Referral Desk。</translation>
    </message>
    <message>
        <source>The local database %1 is locked by another Referral Desk (or another program) and stayed locked while Referral Desk waited. Try again in a moment.</source>
        <translation>本地数据库 %1 已被另一个 Referral Desk（或其他程序）锁定，在 Referral Desk 等待期间一直未解除锁定。请稍后重试。</translation>
    </message>
    <message>
        <source>The local database %1 could not be used: %2</source>
        <translation>无法使用本地数据库 %1：%2</translation>
    </message>
    <message>
        <source>Partner Center shows the referral as %1, so “%2” no longer applies.</source>
        <translation>Partner Center 显示该推荐当前为 %1，因此“%2”不再适用。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未提供原因</translation>
    </message>
    <message>
        <source>The stored copy of this referral cannot be read. It is read again from Partner Center with the next sync; try again after that.</source>
        <translation>无法读取此推荐的本地副本。下次同步时将从 Partner Center 重新读取；请在同步后重试。</translation>
    </message>
    <message>
        <source>The disk that holds the local database %1 reported an error while Referral Desk read or wrote it (%2). Nothing was changed; check the disk or its connection, then start Referral Desk again.</source>
        <translation>存放本地数据库 %1 的磁盘在 Referral Desk 读写时报告了错误（%2）。未做任何更改；请检查磁盘或其连接，然后重新启动 Referral Desk。</translation>
    </message>
    <message>
        <source>Referral Desk (or another referral-desk-cli) has the local database %1 open. Close it, then compact again.</source>
        <translation>Referral Desk（或另一个 referral-desk-cli）正在使用本地数据库 %1。请先关闭它，然后再次压缩。</translation>
    </message>
    <message>
        <source>The local database %1 is not at this version&apos;s format; it was not compacted.</source>
        <translation>本地数据库 %1 不是此版本的格式，未进行压缩。</translation>
    </message>
    <message>
        <source>A session on the local database %1 ended without closing. Run compact again: the database is checked first.</source>
        <translation>本地数据库 %1 上的一个会话未正常关闭。请再次运行 compact：将先检查数据库。</translation>
    </message>
</context>
<context>
    <name>StoreRepair</name>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 could not be read: %2</source>
        <translation>无法读取数据库 %1：%2</translation>
    </message>
    <message>
        <source>The local database %1 is damaged (%2).</source>
        <translation>本地数据库 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>The damaged database %1 could not be moved aside; close other programs using it, or move it yourself.</source>
        <translation>无法移开已损坏的数据库 %1；请关闭正在使用它的其他程序，或自行移动该文件。</translation>
    </message>
    <message>
        <source>The damaged database was kept as %1.</source>
        <translation>已损坏的数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>What could be read from the damaged database could not be saved into the new one at %1.</source>
        <translation>从已损坏数据库中读取的内容无法保存到位于 %1 的新数据库中。</translation>
    </message>
    <message>
        <source>Nothing could be read from it.</source>
        <translation>未能从中读取任何内容。</translation>
    </message>
    <message>
        <source>Saved from it: %1 queued actions, %2 history entries; %3 could not be read.</source>
        <translation>已从中恢复：%1 个排队的操作，%2 条历史记录；%3 条无法读取。</translation>
    </message>
    <message>
        <source>Parts of the file could not be reached at all, so more may be missing.</source>
        <translation>文件的部分内容完全无法访问，因此可能还有更多内容缺失。</translation>
    </message>
    <message>
        <source>Your referrals come back from Partner Center with the next sync.</source>
        <translation>下次同步时，您的推荐将从 Partner Center 恢复。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Answer Microsoft Partner Center referrals before they are missed.</source>
        <translation>及时答复 Microsoft Partner Center 推荐，避免错过。</translation>
    </message>
    <message>
        <source>Keep the local database and settings in &lt;folder&gt;.</source>
        <translation>将本地数据库和设置保存在 &lt;folder&gt; 中。</translation>
    </message>
    <message>
        <source>Referrals API base URL (remembered).</source>
        <translation>推荐 API 基础 URL（会被记住）。</translation>
    </message>
    <message>
        <source>Use this bearer token instead of signing in; never written anywhere.</source>
        <translation>使用此 Bearer 令牌代替登录；该令牌不会写入任何位置。</translation>
    </message>
    <message>
        <source>Sign-in authority URL (remembered).</source>
        <translation>登录颁发机构 URL（会被记住）。</translation>
    </message>
    <message>
        <source>OAuth client id (remembered).</source>
        <translation>OAuth 客户端 ID（会被记住）。</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after the first sync (or at once without one), then quit.</source>
        <translation>在首次同步后（如不同步则立即）将窗口截图保存到 &lt;file&gt;，然后退出。</translation>
    </message>
    <message>
        <source>Start on sample data from the bundled simulator (nothing goes to Partner Center).</source>
        <translation>使用内置模拟器提供的示例数据启动（不会向 Partner Center 发送任何内容）。</translation>
    </message>
    <message>
        <source>Print the milliseconds from start until the board is first shown and the memory in use, then quit (for benchmarks).</source>
        <translation>输出从启动到首次显示看板所用的毫秒数以及占用的内存，然后退出（用于基准测试）。</translation>
    </message>
    <message>
        <source>Show the windows light or dark instead of following the system (light, dark).</source>
        <translation>以浅色或深色显示窗口，而不跟随系统设置（light、dark）。</translation>
    </message>
    <message>
        <source>Unknown color scheme &quot;%1&quot;: use light or dark.
</source>
        <translation>未知的配色方案“%1”：请使用 light 或 dark。
</translation>
    </message>
</context>
<context>
    <name>rd::AcceptDialog</name>
    <message>
        <source>Accept referral</source>
        <translation>接受推荐</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>编辑交易</translation>
    </message>
    <message>
        <source>Accept the referral from %1 with your estimate of the deal. It moves to Negotiating.</source>
        <translation>接受来自 %1 的推荐，并填写您对该交易的预估。推荐将移至“洽谈中”。</translation>
    </message>
    <message>
        <source>Change the deal with %1.</source>
        <translation>更改与 %1 的交易。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
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
        <translation>该推荐已不在本地数据库中。</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>交易赢单</translation>
    </message>
    <message>
        <source>Report the deal with %1 as won? The referral is archived.</source>
        <translation>将与 %1 的交易报告为赢单？该推荐将被归档。</translation>
    </message>
    <message>
        <source>Mark as Won</source>
        <translation>标记为赢单</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>%1: %2 — it will be sent to Partner Center.</source>
        <translation>%1：%2 — 将发送到 Partner Center。</translation>
    </message>
    <message>
        <source>Undone; nothing was sent.</source>
        <translation>已撤销；未发送任何内容。</translation>
    </message>
    <message>
        <source>The action is already on its way to Partner Center and cannot be undone.</source>
        <translation>该操作正在发送到 Partner Center，无法撤销。</translation>
    </message>
    <message>
        <source>The deal with %1 is unchanged; nothing was sent.</source>
        <translation>与 %1 的交易未更改；未发送任何内容。</translation>
    </message>
    <message>
        <source>The action could not be undone just now; try again.</source>
        <translation>暂时无法撤销该操作；请重试。</translation>
    </message>
    <message>
        <source>The action was already sent to Partner Center and cannot be undone.</source>
        <translation>该操作已发送到 Partner Center，无法撤销。</translation>
    </message>
</context>
<context>
    <name>rd::ApiClient</name>
    <message>
        <source>%1 is not https; plain http is only allowed to this computer (loopback).</source>
        <translation>%1 不是 https；未加密的 http 仅允许用于本机（环回地址）。</translation>
    </message>
</context>
<context>
    <name>rd::ApiJob</name>
    <message>
        <source>The answer is not a JSON object (%1).</source>
        <translation>响应不是 JSON 对象（%1）。</translation>
    </message>
</context>
<context>
    <name>rd::ArchiveModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>交易金额</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>rd::ArchiveWindow</name>
    <message>
        <source>Archive — Referral Desk</source>
        <translation>归档 — Referral Desk</translation>
    </message>
    <message>
        <source>Search customers, referrals, notes, cities, products, contacts</source>
        <translation>搜索客户、推荐、备注、城市、产品、联系人</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>搜索归档</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>所有结果</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <source>Product or solution</source>
        <translation>产品或解决方案</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Closed from</source>
        <translation>关闭起始</translation>
    </message>
    <message>
        <source>Closed until</source>
        <translation>关闭截止</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>关闭日期：</translation>
    </message>
    <message>
        <source>Archived referrals</source>
        <translation>已归档的推荐</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>所有国家/地区</translation>
    </message>
    <message>
        <source>All sizes</source>
        <translation>所有规模</translation>
    </message>
    <message>
        <source>Export archive</source>
        <translation>导出归档</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting archived referrals…</source>
        <translation>正在导出已归档的推荐…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Copy Rows</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text for a spreadsheet (%1)</source>
        <translation>将所选行复制为以制表符分隔的文本，以便粘贴到电子表格（%1）</translation>
    </message>
    <message>
        <source>The archive could not be read: %1</source>
        <translation>无法读取存档：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n archived referral(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 条已归档推荐写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln archived referral(s)</source>
        <translation>
            <numerusform>超过 %Ln 条已归档推荐</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln archived referral(s)</source>
        <translation>
            <numerusform>%Ln 条已归档推荐</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recently synced referral(s) cannot be found yet: the search is still being prepared.</source>
        <translation>
            <numerusform>%Ln 条最近同步的推荐暂时还搜索不到：搜索仍在准备中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::BarChart</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No accepted referrals in this period.</source>
        <translation>此期间没有已接受的推荐。</translation>
    </message>
</context>
<context>
    <name>rd::BoardViewOptions</name>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Sort by &amp;Urgency</source>
        <translation>按紧急程度排序(&amp;U)</translation>
    </message>
    <message>
        <source>Sort by &amp;Fit</source>
        <translation>按匹配度排序(&amp;F)</translation>
    </message>
    <message>
        <source>New and Evaluating cards with the best fit first; the default puts the most urgent first.</source>
        <translation>“新推荐”和“评估中”的卡片按匹配度从高到低排列；默认按紧急程度排列。</translation>
    </message>
    <message>
        <source>Show cards</source>
        <translation>显示的卡片</translation>
    </message>
    <message>
        <source>Which cards the board shows</source>
        <translation>看板显示哪些卡片</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>全部卡片</translation>
    </message>
    <message numerus="yes">
        <source>Needs an update (%n)</source>
        <extracomment>Negotiating referrals whose closing date passed: report Won, Lost or a new date</extracomment>
        <translation>
            <numerusform>待反馈结果（%n）</numerusform>
        </translation>
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
    <message>
        <source>Asked before</source>
        <extracomment>A card&apos;s mark: this customer sent other referrals before (details: &quot;Also from this customer&quot;)</extracomment>
        <translation>曾询问过</translation>
    </message>
</context>
<context>
    <name>rd::ColumnView</name>
    <message>
        <source>%1 referrals</source>
        <translation>%1 个推荐</translation>
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
        <translation>离线，上次同步 下午 12:59，999 个操作排队中</translation>
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
        <source>Local database problem</source>
        <translation>本地数据库问题</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) queued</source>
        <translation>
            <numerusform>%Ln 个操作排队中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CredentialStore</name>
    <message>
        <source>There is no desktop session bus, so no keyring can be reached. Sign in from a desktop session.</source>
        <translation>没有桌面会话总线，因此无法访问密钥环。请在桌面会话中登录。</translation>
    </message>
    <message>
        <source>No keyring service is running. Install GNOME Keyring (gnome-keyring) or KWallet and unlock it, then sign in again.</source>
        <translation>没有正在运行的密钥环服务。请安装 GNOME Keyring（gnome-keyring）或 KWallet 并将其解锁，然后重新登录。</translation>
    </message>
    <message>
        <source>The keyring did not answer. It may be locked: unlock it (for example by signing in to the desktop) and try again.</source>
        <translation>密钥环没有响应。它可能已锁定：请将其解锁（例如登录桌面），然后重试。</translation>
    </message>
    <message>
        <source>No keychain is available on this system; Referral Desk keeps sign-in secrets only there.</source>
        <translation>此系统上没有可用的钥匙串；Referral Desk 只在钥匙串中保存登录凭据。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Referral Desk to use it, or unlock it, and try again.</source>
        <translation>访问钥匙串被拒绝。请允许 Referral Desk 使用钥匙串或将其解锁，然后重试。</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>钥匙串报告了错误：%1</translation>
    </message>
</context>
<context>
    <name>rd::DbusNotifier</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>I’m interested</source>
        <translation>我感兴趣</translation>
    </message>
</context>
<context>
    <name>rd::Desktop</name>
    <message>
        <source>Referral Desk keeps running in the tray and warns you before a referral is missed. To end it, choose Quit from the tray icon&apos;s menu.</source>
        <translation>Referral Desk 会在系统托盘中继续运行，并在推荐即将错过前提醒您。如需退出，请在托盘图标的菜单中选择“退出”。</translation>
    </message>
    <message>
        <source>Desktop notifications are not available here (no notification service and no system tray); watch the badges on the board.</source>
        <translation>此处无法使用桌面通知（没有通知服务，也没有系统托盘）；请留意看板上卡片的标记。</translation>
    </message>
    <message>
        <source>Signed in with a given token</source>
        <translation>已使用指定的令牌登录</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Signed out. Queued actions wait until you sign in again.</source>
        <translation>已退出登录。排队的操作将等到您重新登录后再发送。</translation>
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
        <translation>推荐详情</translation>
    </message>
    <message>
        <source>Select a card to see everything about the referral.</source>
        <translation>选择一张卡片，查看该推荐的全部信息。</translation>
    </message>
    <message>
        <source>No referral selected</source>
        <translation>未选择推荐</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Consent to contact</source>
        <translation>同意被联系</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资格认定</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接受时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Estimated deal value</source>
        <translation>预计交易金额</translation>
    </message>
    <message>
        <source>Estimated closing date</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>邀请人</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>您的团队</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Your actions not yet confirmed by Partner Center</source>
        <translation>尚未经 Partner Center 确认的操作</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已被拒绝</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>Your actions</source>
        <translation>您的操作</translation>
    </message>
    <message>
        <source>sent to Partner Center</source>
        <translation>已发送到 Partner Center</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <message>
        <source>Needs a refresh</source>
        <translation>需要刷新</translation>
    </message>
    <message>
        <source>The stored copy of this referral cannot be read, so only its name, customer, status, dates and deal are shown, and no action can be taken on it. The next sync reads it again from Partner Center; your queued actions are kept.</source>
        <translation>无法读取此推荐的本地副本，因此仅显示其名称、客户、状态、日期和交易信息，且无法对其执行任何操作。下次同步时将从 Partner Center 重新读取；您排队的操作会保留。</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Also from this customer</source>
        <translation>该客户的其他推荐</translation>
    </message>
    <message>
        <source>Other referrals of this customer; press Enter or double-click one to open it</source>
        <translation>该客户的其他推荐；按 Enter 键或双击打开</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <extracomment>&quot;Also from this customer&quot;: customer, referral, how it ended (or its stage), date</extracomment>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>%1 — %2: %3, %4</source>
        <translation>%1 — %2：%3，%4</translation>
    </message>
</context>
<context>
    <name>rd::FitPanel</name>
    <message>
        <source>Similar referrals (press Enter or double-click to open one):</source>
        <translation>类似推荐（按 Enter 键或双击打开）：</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 · %4</source>
        <extracomment>a similar past referral: customer, its name, how it ended, when</extracomment>
        <translation>%1 — %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Fit not known yet</source>
        <translation>匹配度尚未可知</translation>
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
        <translation>统计 — Referral Desk</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>细分依据</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>按国家/地区</translation>
    </message>
    <message>
        <source>By company size</source>
        <translation>按公司规模</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>按产品</translation>
    </message>
    <message>
        <source>Referrals received in:</source>
        <translation>推荐接收时间段：</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Median time to first answer</source>
        <translation>首次答复时间中位数</translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation>24 小时内答复</translation>
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
        <source>Accept rate</source>
        <translation>接受率</translation>
    </message>
    <message>
        <source>Win rate of accepted</source>
        <translation>已接受推荐的赢单率</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>Pipeline in Negotiating</source>
        <translation>洽谈中的商机金额</translation>
    </message>
    <message>
        <source>Closing date passed: report Won or Lost</source>
        <translation>已过成交日期：请报告赢单或丢单</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Answered in 24 h</source>
        <translation>24 小时内答复</translation>
    </message>
    <message>
        <source>Median answer</source>
        <translation>答复时间中位数</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Win rate of accepted referrals</source>
        <translation>已接受推荐的赢单率</translation>
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
        <translation>范围的开始晚于结束：请选择 %1 或更早的开始日期。</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A figure&apos;s name before its value (&quot;Received: 30&quot;); Chinese uses a full-width colon</extracomment>
        <translation>%1：</translation>
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
        <translation>&lt;h3&gt;Referral Desk %1&lt;/h3&gt;&lt;p&gt;及时答复 Microsoft Partner Center 推荐，避免错过。&lt;/p&gt;</translation>
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
        <translation>部分操作无法发送；请查看标记为“冲突”的卡片。</translation>
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
        <translation>“%1”也无法放回队列，因此在下次同步或 Referral Desk 下次启动将其放回队列之前，无法撤销。</translation>
    </message>
</context>
<context>
    <name>rd::ReasonDialog</name>
    <message>
        <source>Deal lost</source>
        <translation>交易丢单</translation>
    </message>
    <message>
        <source>Decline referral</source>
        <translation>拒绝推荐</translation>
    </message>
    <message>
        <source>Why was the deal with %1 lost?</source>
        <translation>与 %1 的交易为何丢单？</translation>
    </message>
    <message>
        <source>Why do you decline the referral from %1? The customer will be asked to choose another partner.</source>
        <translation>您为何拒绝来自 %1 的推荐？客户将被请求选择其他合作伙伴。</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>选择或输入原因</translation>
    </message>
    <message>
        <source>Mark as Lost</source>
        <translation>标记为丢单</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>rd::RecentArchiveModel</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>An archived card read out: customer, referral, outcome</extracomment>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
</context>
<context>
    <name>rd::ReferralListModel</name>
    <message>
        <source>(no customer name)</source>
        <translation>（无客户名称）</translation>
    </message>
    <message>
        <source>%1 · closes %2</source>
        <translation>%1 · %2 成交</translation>
    </message>
    <message>
        <source>An action could not be sent.</source>
        <translation>有操作无法发送。</translation>
    </message>
    <message>
        <source>Sent by you</source>
        <translation>由您发送</translation>
    </message>
    <message>
        <source>Needs a refresh</source>
        <translation>需要刷新</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>late</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>past the limit</source>
        <translation>已超过期限</translation>
    </message>
    <message>
        <source>%1, %2. Stage: %3.</source>
        <extracomment>A card read out: customer, referral, stage</extracomment>
        <translation>%1，%2。阶段：%3。</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>A card&apos;s deadline read out, with how urgent its colour says it is</extracomment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1（%2）。</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>Waiting to be sent to Partner Center.</source>
        <translation>等待发送到 Partner Center。</translation>
    </message>
    <message>
        <source>Also from this customer: earlier referrals.</source>
        <extracomment>The card&apos;s mark read out: this customer sent other referrals before</extracomment>
        <translation>该客户此前也有推荐。</translation>
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
        <translation>无法读取或写入本地数据库 %1。</translation>
    </message>
</context>
<context>
    <name>rd::ResponsePanel</name>
    <message>
        <source>How fast you answer: the last 12 weeks</source>
        <translation>您的答复速度：最近 12 周</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>首次答复</translation>
    </message>
    <message>
        <source>Missed the 24-hour target this week</source>
        <translation>本周错过 24 小时答复目标</translation>
    </message>
    <message>
        <source>Reading the last 12 weeks…</source>
        <translation>正在读取最近 12 周…</translation>
    </message>
    <message numerus="yes">
        <source>Streak: every new referral answered within 24 h on at least the last %n day(s) with arrivals.</source>
        <translation>
            <numerusform>连续纪录：至少在最近 %n 个有新推荐的日子里，每个新推荐都在 24 小时内答复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: every new referral answered within 24 h on the last %n day(s) with arrivals.</source>
        <translation>
            <numerusform>连续纪录：在最近 %n 个有新推荐的日子里，每个新推荐都在 24 小时内答复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Streak: no day to count yet (days without new referrals neither break nor extend it).</source>
        <translation>连续纪录：暂无可计入的天数（没有新推荐的日子既不中断也不延长纪录）。</translation>
    </message>
    <message>
        <source>Streak: none. The latest day with new referrals had one answered later than 24 h.</source>
        <translation>连续纪录：无。最近一个有新推荐的日子里，有一个推荐超过 24 小时才答复。</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) missed the 24-hour target this week (double-click to open):</source>
        <translation>
            <numerusform>本周有 %n 个推荐错过了 24 小时答复目标（双击打开）：</numerusform>
        </translation>
    </message>
    <message>
        <source>No referral missed the 24-hour target this week.</source>
        <translation>本周没有推荐错过 24 小时答复目标。</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>一位客户</translation>
    </message>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1（%2 后）</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未答复</translation>
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
        <translation>此系统不支持。</translation>
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
        <translation>Referral Desk 向 Partner Center 查询更改的频率：%1–%2 分钟。</translation>
    </message>
    <message>
        <source>How long you can undo an action before it is sent to Partner Center; 0 sends at once. %1–%2 seconds.</source>
        <extracomment>%1–%2 the allowed range of the undo window in seconds</extracomment>
        <translation>操作发送到 Partner Center 之前可撤销的时间；0 表示立即发送。%1–%2 秒。</translation>
    </message>
</context>
<context>
    <name>rd::SignIn</name>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>Signing in again is needed (%1).</source>
        <translation>需要重新登录（%1）。</translation>
    </message>
    <message>
        <source>Could not listen on this computer for the sign-in answer: %1</source>
        <translation>无法在此计算机上监听登录响应：%1</translation>
    </message>
    <message>
        <source>&lt;!doctype html&gt;&lt;meta charset=utf-8&gt;&lt;title&gt;Referral Desk&lt;/title&gt;&lt;p&gt;Sign-in finished. You can close this page and return to Referral Desk.&lt;/p&gt;</source>
        <translation>&lt;!doctype html&gt;&lt;meta charset=utf-8&gt;&lt;title&gt;Referral Desk&lt;/title&gt;&lt;p&gt;登录已完成。您可以关闭此页面并返回 Referral Desk。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this request; try again.</source>
        <translation>登录响应与此请求不匹配；请重试。</translation>
    </message>
    <message>
        <source>Sign-in was refused: %1</source>
        <translation>登录被拒绝：%1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>Could not start the sign-in: %1</source>
        <translation>无法开始登录：%1</translation>
    </message>
    <message>
        <source>The sign-in code expired; start again.</source>
        <translation>登录代码已过期；请重新开始。</translation>
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
    <message>
        <source>%1+</source>
        <extracomment>The Archived column&apos;s count when a search found more than it counts, e.g. &quot;10000+&quot;</extracomment>
        <translation>%1+</translation>
    </message>
</context>
<context>
    <name>rd::StaticTokenSource</name>
    <message>
        <source>The given access token was refused.</source>
        <translation>指定的访问令牌被拒绝。</translation>
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
        <source>Nothing needs an answer today</source>
        <translation>今天没有需要答复的推荐</translation>
    </message>
    <message>
        <source>%1 new</source>
        <extracomment>In the tray&apos;s tooltip: how many referrals are in the New column</extracomment>
        <translation>%1 个新推荐</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) need(s) an answer today</source>
        <translation>
            <numerusform>%Ln 个推荐需要今天答复</numerusform>
        </translation>
    </message>
    <message>
        <source>No new referrals this week</source>
        <translation>本周没有新推荐</translation>
    </message>
    <message>
        <source>This week: %1 answered within 24 h</source>
        <extracomment>In the tray&apos;s tooltip; %1 is a percentage (&quot;86 %&quot;)</extracomment>
        <translation>本周：%1 在 24 小时内答复</translation>
    </message>
</context>
<context>
    <name>rd::UndoBar</name>
    <message>
        <source>%1: %2. Sent to Partner Center in %3 s.</source>
        <extracomment>%1 the action, %2 the customer, %3 seconds until it is sent</extracomment>
        <translation>%1：%2。将在 %3 秒后发送到 Partner Center。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Take the action back; nothing is sent (%1)</source>
        <translation>撤回操作；不会发送任何内容 (%1)</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>Send it to Partner Center without waiting</source>
        <translation>不等待，立即发送到 Partner Center</translation>
    </message>
</context>
<context>
    <name>rd::WeeklyResponseChart</name>
    <message>
        <source>%1 h</source>
        <extracomment>A scale&apos;s hours in the weekly response chart (&quot;48 h&quot;)</extracomment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Answers per week</source>
        <translation>每周答复</translation>
    </message>
    <message>
        <source>Week of %1: no new referrals</source>
        <translation>%1 起的一周：没有新推荐</translation>
    </message>
    <message>
        <source>Week of %1: %2 answered within 24 h, median %3</source>
        <translation>%1 起的一周：%2 在 24 小时内答复，中位数 %3</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>尚无答复</translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation>24 小时内答复</translation>
    </message>
    <message>
        <source>Median time to first answer</source>
        <translation>首次答复时间中位数</translation>
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
