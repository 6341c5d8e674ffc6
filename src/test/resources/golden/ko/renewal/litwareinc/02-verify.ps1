# =============================================================================
# 02-verify.ps1
# Lync Server 2013 - Outlook Web App 통합, 단계 "verify"
# 인증서 갱신: 이 스크립트는 아무것도 바꾸지 않고, 모든 서버가 계획에 있는 갱신된 인증서의 지문을
# 사용하는지 확인합니다.
#
# 실행 위치 : 도메인의 아무 컴퓨터, PowerShell 원격으로 각 사서함 서버에 연결(-Part MailboxServer, -Local: 이 서버), Exchange 서버 한 대(-Part Exchange), Lync 프런트 엔드 서버 한 대(-Part Lync)
# 셸        : -Part에 따라 Exchange 관리 셸, Windows PowerShell 또는 Lync Server 관리 셸
#
# 계획 값(참고용으로 표시하며, 스크립트는 이 값을 작은따옴표 리터럴로만 사용합니다):
#   계획 제목                  : Litware Inc. - Atlanta (example values from the procedure)
#   Exchange 버전              : EXCHANGE_2013
#   OWA/신뢰할 수 있는 풀 FQDN : atl-owa-001.litwareinc.com
#   레지스트라 풀 FQDN         : atl-cs-001.litwareinc.com
#   사이트 ID                  : Redmond
#   응용 프로그램 ID           : OutlookWebApp
#   포트                       : 5199
#   풀 컴퓨터                  : -
#   IM 서버 이름               : atl-cs-001.litwareinc.com
#   인증서 지문                : EA5A332496CC05DA69B75B66111C0F78A110D22D
#   사서함 서버                : atl-owa-001.litwareinc.com
#   클라이언트 액세스 서버     : -
#   사서함 정책 범위           : DEFAULT
#
# 생성 도구: lync-owa-wizard test, 생성 시각: 2026-01-01T00:00:00Z
# 변경을 하는 스크립트는 -WhatIf를 지원합니다. 먼저 -WhatIf로 실행해 보십시오.
# 실행할 때마다 -LogPath에 실행 기록(transcript)이 남습니다(기본값은 $env:TEMP 아래).
# =============================================================================
#
# 통합을 읽기 전용으로 확인합니다(P-5.5). 아무것도 변경하지 않습니다. 부분마다 한 번씩 실행하십시오:
#   -Part Exchange           Exchange 서버의 Exchange 관리 셸에서
#   -Part MailboxServer      아무 컴퓨터의 Windows PowerShell(관리자)에서: 원격으로 모든 사서함 서버를 확인합니다(-Local: 이 컴퓨터만)
#   -Part Lync               Lync 프런트 엔드 서버의 Lync Server 관리 셸에서
# 그런 다음 OWA에 로그인하십시오. 이름 옆에 현재 상태 아이콘이 보이면 성공입니다(P-5.1).
# 첫 로그인 후 사서함 서버에 MSExchange OWA의 이벤트 112가 기록됩니다(P-5.2).
#Requires -Version 3.0
[CmdletBinding()]
param(
    # 실행할 확인 항목(스크립트를 실행하는 위치에 따라 다름, 위 참조).
    [Parameter(Mandatory = $true)]
    [ValidateSet('Exchange', 'MailboxServer', 'Lync')]
    [string]$Part,
    # 선택 사항: Lync에서 확인할 사용자의 SIP 주소(사용 설정 여부, SIP 주소, P-4.3).
    [string]$TestUser = '',
    # -Part MailboxServer: 확인할 사서함 서버(계획에 있는 FQDN)입니다. 기본값: 계획의 모든 사서함 서버,
    # PowerShell 원격 사용(각 서버의 WinRM, 그 서버의 로컬 Administrators 그룹에 속한 계정).
    [string[]]$ComputerName = @(),
    # -Part MailboxServer: 원격 없이 이 컴퓨터만 확인합니다.
    [switch]$Local,
    # 이번 실행 기록(transcript)을 쓸 위치입니다.
    [string]$LogPath = (Join-Path $env:TEMP 'lyncowa-02-verify.log')
)

$ErrorActionPreference = 'Stop'
# Strict 모드 1.0은 설정되지 않은 변수를 잡아냅니다. 속성 검사(2.0)는 버전마다 속성이 다른
# cmdlet 개체에서 실패하므로, 그런 속성은 코드에서 따로 확인합니다.
Set-StrictMode -Version 1.0

# 계획의 값입니다.
$ImServerName = 'atl-cs-001.litwareinc.com'
$MailboxServers = @('atl-owa-001.litwareinc.com')
$ClientAccessServers = @()
$PolicyScope = 'DEFAULT'
$PolicyNames = @()
$OwaPoolFqdn = 'atl-owa-001.litwareinc.com'
$ApplicationId = 'OutlookWebApp'
$Port = 5199
$SiteId = 'Redmond'
$RegistrarPoolFqdn = 'atl-cs-001.litwareinc.com'
$PoolComputerFqdns = @(@('atl-owa-001.litwareinc.com') + @())

# Lync는 ID 앞에 종류를 붙여 표시하므로("TrustedApplicationPool:fqdn") FQDN만 비교합니다.
function Get-BareFqdn([string]$Value) {
    return ($Value -replace '^[^:]*:', '').ToLowerInvariant()
}

$problems = New-Object System.Collections.ArrayList

function Test-Check([bool]$Ok, [string]$What) {
    if ($Ok) {
        Write-Host ('OK      ' + $What)
    }
    else {
        Write-Host ('PROBLEM ' + $What)
        [void]$problems.Add($What)
    }
}

# 실행이 마지막 줄에 이를 때까지 종료 코드는 1입니다. 기록(transcript)은 try 안에서 시작하므로
# 기록을 시작하지 못해도 FAILURE 줄로 끝납니다.
$exitCode = 1
$transcribing = $false

try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    if ($Part -eq 'Exchange') {
        # 올바른 셸인지 확인: Exchange 관리 셸.
        if (-not (Get-Command Get-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
            throw 'Get-OwaVirtualDirectory를 찾을 수 없습니다. -Part Exchange는 Exchange 관리 셸에서 실행하십시오.'
        }
        # P-9.1: Exchange 관리 셸 cmdlet은 암시적 원격으로 실행되므로 스크립트의 $ErrorActionPreference가
# 적용되지 않습니다. 모든 Exchange cmdlet에 -ErrorAction Stop을 붙이고, 모든 변경은 해당 Get- cmdlet으로
# 다시 읽어 확인합니다. 값이 다르면 FAILURE입니다.
        $CertificateSource = 'THUMBPRINT'
        $Certificates = @{ 'atl-owa-001.litwareinc.com' = 'EA5A332496CC05DA69B75B66111C0F78A110D22D' }
        $PoolFqdn = 'atl-owa-001.litwareinc.com'
        $SipUriDialPlans = @()
        # P-3.1: 프런트 엔드 OWA 가상 디렉터리.
        $directories = @()
        if ($ClientAccessServers.Count -gt 0) {
            foreach ($server in $ClientAccessServers) { $directories += @(Get-OwaVirtualDirectory -Server $server -ErrorAction Stop) }
        }
        else {
            # P-9.6: Exchange 2013은 AdminDisplayVersion이 정확히 15.0입니다(2016은 15.1, 2019와 SE는 15.2).
            foreach ($directory in @(Get-OwaVirtualDirectory -ErrorAction Stop)) {
                $exchangeServer = Get-ExchangeServer -Identity ([string]$directory.Server) -ErrorAction Stop
                if ([string]$exchangeServer.AdminDisplayVersion -match '^Version 15\.0(\D|$)') { $directories += $directory }
            }
        }
        Test-Check ($directories.Count -gt 0) '프런트 엔드 OWA 가상 디렉터리 있음(P-3.1)'
        foreach ($directory in $directories) {
            Test-Check ($directory.InstantMessagingEnabled -and [string]$directory.InstantMessagingType -eq 'Ocs') ([string]$directory.Identity + ': IM 사용, 유형 OCS(P-3.1)')
        }
        $certificateServers = $MailboxServers
        # P-3.4, P-9.2: 각 서버의 인증서(계획에 있는 것 또는 IIS에 바인딩된 것): 존재, 개인 키,
        # 유효 기간, 그리고 CertificateDomains에 서버 FQDN(또는 풀 FQDN)이 있는지.
        $thumbprints = @{}
        foreach ($server in $certificateServers) {
            $thumbprint = [string]$Certificates[$server]
            if ($CertificateSource -eq 'IIS') {
                $iis = @(Get-ExchangeCertificate -Server $server -ErrorAction Stop | Where-Object { [string]$_.Services -match 'IIS' })
                Test-Check ($iis.Count -eq 1) ($server + ': IIS 서비스가 할당된 Exchange 인증서가 정확히 하나(찾은 수 ' + $iis.Count + ')(P-9.2)')
                if ($iis.Count -ne 1) { continue }
                $thumbprint = [string]$iis[0].Thumbprint
            }
            $thumbprints[$server] = $thumbprint
            $certificate = $null
            try { $certificate = Get-ExchangeCertificate -Server $server -Thumbprint $thumbprint -ErrorAction Stop } catch { $certificate = $null }
            Test-Check ([bool]$certificate) ($server + ': 인증서 ' + $thumbprint + '이(가) 있음(P-3.4, P-9.2)')
            if ($certificate) {
                Test-Check $certificate.HasPrivateKey ($server + ': 인증서에 개인 키가 있음(P-3.4, P-9.2)')
                Test-Check ((Get-Date) -ge $certificate.NotBefore -and (Get-Date) -le $certificate.NotAfter) ($server + ': 인증서가 유효 기간 안에 있음(P-3.4, P-9.2)')
                $domains = @($certificate.CertificateDomains | ForEach-Object { [string]$_ })
                $wanted = @(@($server, $PoolFqdn) | Where-Object { $_ })
                $named = @($domains | Where-Object { $domain = $_; @($wanted | Where-Object { $_ -eq $domain -or ($domain -like '`*.*' -and $_ -like $domain) }).Count -gt 0 })
                Test-Check ($named.Count -gt 0) ($server + ': 인증서의 CertificateDomains(' + ($domains -join ', ') + ')에 ' + ($wanted -join ' / ') + '이(가) 있음(P-3.4, P-9.2)')
                if (@($domains | Where-Object { $_ -like '`*.*' }).Count -gt 0) {
                    Write-Warning ($server + ': 와일드카드 인증서입니다. 와일드카드 인증서는 Exchange-Lync 신뢰를 깨뜨리는 것으로 알려져 있습니다(P-3.4).')
                }
            }
        }
        # P-4: 사서함 정책.
        if ($PolicyScope -eq 'ALL') { $policies = @(Get-OwaMailboxPolicy -ErrorAction Stop) }
        else {
            $names = @('Default')
            if ($PolicyScope -eq 'NAMED') { $names = $PolicyNames }
            $policies = @()
            foreach ($name in $names) {
                $policy = $null
                try { $policy = Get-OwaMailboxPolicy -Identity $name -ErrorAction Stop | Where-Object { [string]$_.Name -eq $name } | Select-Object -First 1 } catch { $policy = $null }
                Test-Check ([bool]$policy) ('사서함 정책 ' + $name + '이(가) 있음(P-4.1)')
                if ($policy) { $policies += $policy }
            }
        }
        foreach ($policy in $policies) {
            Test-Check ($policy.InstantMessagingEnabled -and [string]$policy.InstantMessagingType -eq 'Ocs') ([string]$policy.Identity + ': 사서함 정책에서 OCS IM 허용(P-4)')
        }
    }
    elseif ($Part -eq 'MailboxServer') {
        $CertificateSource = 'THUMBPRINT'
        $Certificates = @{ 'atl-owa-001.litwareinc.com' = 'EA5A332496CC05DA69B75B66111C0F78A110D22D' }
        $PoolFqdn = 'atl-owa-001.litwareinc.com'
        # P-5.5: 각 사서함 서버에서 실행하는 확인입니다(-Local이면 여기서, 아니면 Invoke-Command로,
        # 계획 값은 인수로 전달). 각 확인은 OK 또는 PROBLEM 줄로 서버별로 보고됩니다.
        $ServerChecks = {
            param([string]$ServerFqdn, [string]$Thumbprint, [string]$CertificateSource, [string]$PoolFqdn, [string]$ImServerName)
            $ErrorActionPreference = 'Stop'
            Set-StrictMode -Version 1.0
            $checks = New-Object System.Collections.ArrayList
            function Add-Check([bool]$Ok, [string]$What) {
                [void]$checks.Add([pscustomobject]@{ Ok = $Ok; What = $What })
            }
            $installPath = $env:ExchangeInstallPath
            if (-not $installPath) {
                throw ($ServerFqdn + ': ExchangeInstallPath가 설정되어 있지 않습니다. Exchange 사서함 서버가 아닙니다.')
            }
            # P-9.6: Exchange 2013은 AdminDisplayVersion이 정확히 15.0입니다(2016은 15.1, 2019와 SE는 15.2).
            $fileVersion = (Get-Item -LiteralPath (Join-Path $installPath 'Bin\ExSetup.exe')).VersionInfo
            Add-Check ($fileVersion.FileMajorPart -eq 15 -and $fileVersion.FileMinorPart -eq 0) ('Exchange 2013(ExSetup.exe 15.0), 찾은 버전 ' + $fileVersion.FileVersion + '(P-9.6)')
            # P-1.4: UCMA 4.0 런타임.
            $imKey = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -ErrorAction SilentlyContinue
            $dllPath = ''
            if ($imKey -and ($imKey.PSObject.Properties.Name -contains 'ImplementationDLLPath')) { $dllPath = [string]$imKey.ImplementationDLLPath }
            Add-Check ($dllPath -and (Split-Path -Leaf $dllPath) -eq 'Microsoft.Rtc.Internal.Ucweb.dll') ('UCMA 4.0: ImplementationDLLPath의 파일 이름이 Microsoft.Rtc.Internal.Ucweb.dll임: ' + $dllPath + ' (P-1.4)')
            Add-Check ($dllPath -and (Test-Path -LiteralPath $dllPath -PathType Leaf)) ('UCMA 4.0: ImplementationDLLPath가 존재하는 파일을 가리킴: ' + $dllPath + ' (P-1.4)')
            if ($CertificateSource -eq 'IIS') {
                Import-Module WebAdministration -ErrorAction Stop
                $hashes = @(Get-WebBinding -Name 'Default Web Site' -Protocol 'https' -Port 443 |
                    ForEach-Object { ([string]$_.certificateHash).ToUpperInvariant() } | Where-Object { $_ } | Select-Object -Unique)
                Add-Check ($hashes.Count -eq 1) ('기본 웹 사이트의 https 포트 443에 바인딩된 인증서가 정확히 하나(찾은 수 ' + $hashes.Count + ')(P-9.2)')
                if ($hashes.Count -gt 0) { $Thumbprint = $hashes[0] }
            }
            # P-3.2: web.config 키를 계획과 비교.
            $webConfigPath = Join-Path $installPath 'ClientAccess\Owa\web.config'
            $document = New-Object System.Xml.XmlDocument
            $document.Load($webConfigPath)
            $settings = @($document.SelectNodes('/configuration/appSettings/add'))
            foreach ($pair in @(@('IMCertificateThumbprint', $Thumbprint), @('IMServerName', $ImServerName))) {
                $found = @($settings | Where-Object { $_.GetAttribute('key') -eq $pair[0] })
                Add-Check ($found.Count -eq 1 -and $found[0].GetAttribute('value') -eq $pair[1]) ('web.config ' + $pair[0] + ' = ' + $pair[1] + ' (P-3.2, CU를 설치할 때마다 web.config 스크립트를 다시 실행, P-3.6)')
            }
            # P-3.4: 로컬 저장소의 인증서.
            $certificate = Get-Item -LiteralPath (Join-Path 'Cert:\LocalMachine\My' $Thumbprint) -ErrorAction SilentlyContinue
            Add-Check ([bool]$certificate) ('Cert:\LocalMachine\My에 인증서 ' + $Thumbprint + ' 있음(P-3.4)')
            if ($certificate) {
                Add-Check $certificate.HasPrivateKey '인증서에 개인 키 있음(P-3.4)'
                Add-Check ((Get-Date) -ge $certificate.NotBefore -and (Get-Date) -le $certificate.NotAfter) '인증서가 유효 기간 안에 있음(P-3.4)'
                $names = @($certificate.DnsNameList | ForEach-Object { [string]$_.Unicode })
                $names += [string]$certificate.GetNameInfo([System.Security.Cryptography.X509Certificates.X509NameType]::SimpleName, $false)
                $wanted = @(@($ServerFqdn, $PoolFqdn) | Where-Object { $_ })
                $named = @($names | Where-Object { $name = $_; @($wanted | Where-Object { $_ -eq $name -or ($name -like '`*.*' -and $_ -like $name) }).Count -gt 0 })
                Add-Check ($named.Count -gt 0) ('인증서의 주체 또는 SAN(' + (($names | Select-Object -Unique) -join ', ') + ')에 ' + ($wanted -join ' / ') + '이(가) 있음(P-3.4, P-9.2)')
            }
            # P-5.3: OWA가 연결을 시도하면 IM 로그 폴더가 생깁니다.
            $logFolder = Join-Path $installPath 'Logging\OWA\InstantMessaging'
            Add-Check (Test-Path -LiteralPath $logFolder) ('IM 로그 폴더 있음: ' + $logFolder + ' (P-5.3, 먼저 OWA에 로그인)')
            # P-5.2, P-5.3: 이벤트 112는 그보다 최신인 MSExchange OWA 실패 이벤트(75, 78, 83, 84, 88,
            # 100-106)가 없을 때만 인정합니다. 실패 이벤트는 참고로 표시합니다.
            $events = @(Get-WinEvent -FilterHashtable @{ LogName = 'Application'; ProviderName = 'MSExchange OWA'; Id = 112, 75, 78, 83, 84, 88, 100, 101, 102, 103, 104, 105, 106 } -MaxEvents 50 -ErrorAction SilentlyContinue)
            $latest112 = $events | Where-Object { $_.Id -eq 112 } | Sort-Object TimeCreated -Descending | Select-Object -First 1
            $newerFailures = @()
            if ($latest112) {
                $newerFailures = @($events | Where-Object { $_.Id -ne 112 -and $_.TimeCreated -gt $latest112.TimeCreated })
            }
            Add-Check ([bool]$latest112 -and $newerFailures.Count -eq 0) 'OWA 로그인 후 이벤트 112(IM 끝점 관리자 초기화)가 있고, 그보다 최신인 실패 이벤트가 없음(P-5.2, P-5.3)'
            foreach ($failure in @($events | Where-Object { $_.Id -ne 112 } | Select-Object -First 10)) {
                Write-Warning ('MSExchange OWA 이벤트 ' + $failure.Id + ', ' + $failure.TimeCreated + ' (P-5.3: 참고용): ' + $failure.Message)
            }
            $checks
        }
        if ($Local) {
            $targets = @([System.Net.Dns]::GetHostEntry([System.Net.Dns]::GetHostName()).HostName.ToLowerInvariant())
        }
        elseif ($ComputerName.Count -gt 0) {
            $targets = @($ComputerName | ForEach-Object { $_.ToLowerInvariant() } | Select-Object -Unique)
        }
        else {
            $targets = @($MailboxServers)
        }
        foreach ($server in $targets) {
            if ($MailboxServers -notcontains $server) {
                throw ($server + '은(는) 계획의 사서함 서버(' + ($MailboxServers -join ', ') + ')가 아닙니다. -Local을 사용할 때 계획에 있는 이름이 다르면 -ComputerFqdn을 지정하십시오.')
            }
        }
        # 무엇이든 변경하기 전에 먼저 원격 확인: 모든 서버에서 WinRM이 응답해야 합니다.
        if (-not $Local) {
            foreach ($server in $targets) {
                try { [void](Test-WSMan -ComputerName $server -ErrorAction Stop) }
                catch { throw ('다음 서버에서 PowerShell 원격(WinRM)이 응답하지 않습니다: ' + ($server + ': ' + $_.Exception.Message) + '. 그 서버에서 원격을 사용하도록 설정하고(Enable-PSRemoting) 계정이 각 서버의 로컬 Administrators 그룹에 속하는지 확인하거나, 각 사서함 서버에서 -Local로 이 스크립트를 실행하십시오. 아무것도 변경하지 않았습니다.') }
            }
        }
        foreach ($server in $targets) {
            Write-Host ('== ' + $server)
            $arguments = @($server, [string]$Certificates[$server], $CertificateSource, $PoolFqdn, $ImServerName)
            try {
                if ($Local) { $checks = @(& $ServerChecks @arguments) }
                else { $checks = @(Invoke-Command -ComputerName $server -ScriptBlock $ServerChecks -ArgumentList $arguments -ErrorAction Stop) }
                foreach ($check in $checks) {
                    Test-Check ([bool]$check.Ok) ($server + ': ' + [string]$check.What)
                }
            }
            catch {
                Test-Check $false ($server + ': ' + $_.Exception.Message)
            }
        }
    }
    else {
        # 올바른 셸인지 확인: Lync Server 관리 셸.
        if (-not (Get-Command Get-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
            throw 'Get-CsTrustedApplicationPool을 찾을 수 없습니다. -Part Lync는 Lync Server 관리 셸에서 실행하십시오.'
        }
        # P-2.3~P-2.7(2010: P-7.3).
        $poolFqdn = $OwaPoolFqdn.ToLowerInvariant()
        $pool = Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue
        Test-Check ([bool]$pool) ('신뢰할 수 있는 응용 프로그램 풀 ' + $OwaPoolFqdn + ' 있음(P-2.3)')
        if ($pool) {
            Test-Check ((Get-BareFqdn ([string]$pool.Registrar)) -eq $RegistrarPoolFqdn.ToLowerInvariant()) ('레지스트라가 ' + $RegistrarPoolFqdn + '임(P-2.5, P-3.3, 찾은 값: ' + $pool.Registrar + ')')
            # P-9.5: 풀의 사이트는 SiteId 속성("Site:<이름>")에 있으며 Get-CsSite의 Identity와 같아야 합니다(대소문자 구분 없음). Site 속성은 없습니다.
            $site = Get-CsSite | Where-Object { [string]$_.SiteId -eq $SiteId } | Select-Object -First 1
            Test-Check ([bool]$site -and [string]$pool.SiteId -eq [string]$site.Identity) ('사이트의 SiteId가 ' + $SiteId + '임(P-2.6, P-9.5, 찾은 값: ' + $pool.SiteId + ')')
            # P-2.10, P-9.4: 계획의 모든 컴퓨터가 풀에 있어야 합니다.
            $computers = @(Get-CsTrustedApplicationComputer -Pool $OwaPoolFqdn -ErrorAction SilentlyContinue | ForEach-Object { Get-BareFqdn ([string]$_.Identity) })
            foreach ($computerFqdn in $PoolComputerFqdns) {
                Test-Check ($computers -contains $computerFqdn) ('컴퓨터 ' + $computerFqdn + '이(가) 풀 ' + $OwaPoolFqdn + '에 있음(P-2.10)')
            }
        }
        # P-2.7: 계획의 응용 프로그램(목록으로 다루며, 일치하는 것마다 포트를 확인).
        $applications = @(Get-CsTrustedApplication -ErrorAction SilentlyContinue |
            Where-Object { (Get-BareFqdn ([string]$_.TrustedApplicationPoolFqdn)) -eq $poolFqdn -and ([string]$_.ApplicationId -eq ('urn:application:' + $ApplicationId) -or [string]$_.ApplicationId -eq $ApplicationId) })
        Test-Check ($applications.Count -gt 0) ('풀에 신뢰할 수 있는 응용 프로그램 ' + $ApplicationId + ' 있음(P-2.7)')
        foreach ($application in $applications) {
            Test-Check ([int]$application.Port -eq $Port) ([string]$application.Identity + '이(가) 포트 ' + $Port + '에서 수신 대기(P-2.7, 찾은 값: ' + $application.Port + ')')
        }
        if ($TestUser) {
            # P-4.3: 사용자가 Lync를 사용하도록 설정되어 있고 SIP 주소가 있는지 확인.
            $user = Get-CsUser -Identity $TestUser -ErrorAction SilentlyContinue
            Test-Check ([bool]$user -and $user.Enabled) ($TestUser + '이(가) Lync Server를 사용하도록 설정됨(P-4.3)')
            if ($user) {
                Write-Host ('        SIP 주소: ' + $user.SipAddress + ' (사서함의 SIP: 프록시 주소와도 같아야 함, P-4.3)')
            }
        }
    }

    if ($problems.Count -eq 0) {
        Write-Host ('SUCCESS: ' + $Part + ' 확인 항목을 모두 통과했습니다.')
        $exitCode = 0
    }
    else {
        Write-Host ('FAILURE: ' + $Part + ' 확인 항목 중 ' + $problems.Count + '개가 실패했습니다: ' + ($problems -join '; '))
    }
}
catch {
    Write-Host ('FAILURE: ' + $_.Exception.Message)
}
finally {
    if ($transcribing) {
        Stop-Transcript -ErrorAction SilentlyContinue | Out-Null
    }
}
exit $exitCode
