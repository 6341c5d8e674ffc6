# =============================================================================
# 06-verify.ps1
# 비즈니스용 Skype 서버 2015 - 웹용 Outlook 통합, 단계 "verify"
#
# 실행 위치 : Exchange 서버(-Part Exchange), PowerShell 원격으로 각 사서함 서버에 닿는 도메인의 아무 컴퓨터(-Part MailboxServer, -Local: 이 서버), 비즈니스용 Skype 서버 프런트 엔드 서버(-Part Lync)
# 셸        : -Part에 따라 Exchange 관리 셸, Windows PowerShell 또는 비즈니스용 Skype 서버 관리 셸
#
# 계획 값(참고용으로 표시하며, 스크립트는 이 값을 작은따옴표 리터럴로만 사용합니다):
#   계획 제목                  : Fabrikam - Skype for Business 2015 with Exchange 2016 (co-located UM)
#   Exchange 버전              : EXCHANGE_2016
#   IM 서버 이름               : sfb15-pool.fabrikam.com
#   인증서 지문                : 0A1B2C3D4E5F60718293A4B5C6D7E8F901234567
#   설정 재정의 이름             : OWA IM integration
#   사서함 서버                : ex16-01.fabrikam.com
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
#   -Part Lync               비즈니스용 Skype 서버 프런트 엔드 서버의 비즈니스용 Skype 서버 관리 셸에서
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
    [string]$LogPath = (Join-Path $env:TEMP 'lyncowa-06-verify.log')
)

$ErrorActionPreference = 'Stop'
# Strict 모드 1.0은 설정되지 않은 변수를 잡아냅니다. 속성 검사(2.0)는 버전마다 속성이 다른
# cmdlet 개체에서 실패하므로, 그런 속성은 코드에서 따로 확인합니다.
Set-StrictMode -Version 1.0

# 계획의 값입니다.
$ImServerName = 'sfb15-pool.fabrikam.com'
$MailboxServers = @('ex16-01.fabrikam.com')
$ClientAccessServers = @()
$PolicyScope = 'DEFAULT'
$PolicyNames = @()

# P-8.9: 서버가 실제로 쓰는 IM 설정. 두 번째 형식은 Exchange 2016 CU3 이하용입니다.
function Get-ImSettings([string]$ServerName) {
    $settings = $null
    try {
        [xml]$diagnostic = Get-ExchangeDiagnosticInfo -Server $ServerName -Process MSExchangeMailboxAssistants -Component VariantConfiguration -Argument 'Config,Component=OwaServer' -ErrorAction Stop
        $settings = $diagnostic.Diagnostics.Components.VariantConfiguration.Configuration.OwaServer.IMSettings
    }
    catch {
        $settings = $null
    }
    if (-not $settings) {
        [xml]$diagnostic = Get-ExchangeDiagnosticInfo -Server $ServerName -Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Config -ErrorAction Stop
        $settings = $diagnostic.Diagnostics.Components.VariantConfiguration.Configuration.OwaServer.IMSettings
    }
    return $settings
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
        $Certificates = @{ 'ex16-01.fabrikam.com' = '0A1B2C3D4E5F60718293A4B5C6D7E8F901234567' }
        $PoolFqdn = ''
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
                if ([string]$exchangeServer.AdminDisplayVersion -match '^Version 15\.1(\D|$)') { $directories += $directory }
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
        # P-8.5, P-8.9: 사서함 서버마다(FQDN이 아니라 서버 이름으로): 계획의 설정 재정의가 OwaServer / IMSettings
        # 재정의로 있고, 서버가 쓰는 설정(P-8.9의 진단, 또는 Exchange 2016 CU3 이하의 형식)에 계획의 IMServerName과
        # 그 서버의 지문이 있는지 확인합니다.
        $OverrideName = 'OWA IM integration'
        $perServer = @($thumbprints.Values | Select-Object -Unique).Count -gt 1
        foreach ($server in $certificateServers) {
            $serverName = [string](Get-ExchangeServer -Identity $server -ErrorAction Stop).Name
            $name = $OverrideName
            if ($perServer) { $name = $OverrideName + ' (' + $serverName + ')' }
            $override = Get-SettingOverride -Identity $name -ErrorAction SilentlyContinue | Where-Object { [string]$_.Name -eq $name } | Select-Object -First 1
            Test-Check ([bool]$override -and [string]$override.ComponentName -eq 'OwaServer' -and [string]$override.SectionName -eq 'IMSettings') ('설정 재정의 "' + $name + '"이(가) 있음(OwaServer, IMSettings) (P-8.5)')
            $settings = $null
            try { $settings = Get-ImSettings $serverName } catch { $settings = $null }
            Test-Check ([bool]$settings -and [string]$settings.IMServerName -eq $ImServerName) ($server + '이(가) IMServerName ' + $ImServerName + '을(를) 씀 (P-8.9)')
            Test-Check ([bool]$settings -and [string]$settings.IMCertificateThumbprint -eq [string]$thumbprints[$server]) ($server + '이(가) IMCertificateThumbprint ' + [string]$thumbprints[$server] + '을(를) 씀 (P-8.9)')
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
        $Certificates = @{ 'ex16-01.fabrikam.com' = '0A1B2C3D4E5F60718293A4B5C6D7E8F901234567' }
        $PoolFqdn = ''
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
            # P-9.6: 계획의 Exchange 버전인 서버만. 2016은 AdminDisplayVersion 15.1, 2019와 SE는 15.2입니다.
            $fileVersion = (Get-Item -LiteralPath (Join-Path $installPath 'Bin\ExSetup.exe')).VersionInfo
            Add-Check ($fileVersion.FileMajorPart -eq 15 -and $fileVersion.FileMinorPart -eq 1) ('계획의 Exchange 버전(2016은 ExSetup.exe 15.1, 2019와 SE는 15.2), 찾은 버전 ' + $fileVersion.FileVersion + ' (P-9.6)')
            # P-8.10: UCMA 런타임(Exchange 2016 설치 필수 구성 요소, 2019/SE 미디어에 포함)이 2013처럼 등록되어 있는지.
            $imKey = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -ErrorAction SilentlyContinue
            $dllPath = ''
            if ($imKey -and ($imKey.PSObject.Properties.Name -contains 'ImplementationDLLPath')) { $dllPath = [string]$imKey.ImplementationDLLPath }
            Add-Check ($dllPath -and (Split-Path -Leaf $dllPath) -eq 'Microsoft.Rtc.Internal.Ucweb.dll') ('UCMA 4.0: ImplementationDLLPath의 파일 이름이 Microsoft.Rtc.Internal.Ucweb.dll임: ' + $dllPath + ' (P-1.4)')
            Add-Check ($dllPath -and (Test-Path -LiteralPath $dllPath -PathType Leaf)) ('UCMA 4.0: ImplementationDLLPath가 존재하는 파일을 가리킴: ' + $dllPath + ' (P-1.4)')
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
        # 올바른 셸인지 확인: 비즈니스용 Skype 서버 관리 셸.
        if (-not (Get-Command Get-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
            throw 'Get-CsTrustedApplicationPool을 찾을 수 없습니다. -Part Lync는 비즈니스용 Skype 서버 관리 셸에서 실행하십시오.'
        }
        # P-2.1, P-2.2: UM이 같은 컴퓨터에 있으면 어떤 신뢰할 수 있는 응용 프로그램 풀에도 Exchange 서버가 있으면 안 됩니다.
        $exchangeServers = @($MailboxServers + $ClientAccessServers)
        $manual = @(Get-CsTrustedApplicationComputer -ErrorAction SilentlyContinue | Where-Object { $exchangeServers -contains (([string]$_.Identity) -replace '^[^:]*:', '').ToLowerInvariant() })
        Test-Check ($manual.Count -eq 0) '자동 검색되는 Exchange 서버용으로 수동으로 만든 신뢰할 수 있는 응용 프로그램 풀 없음(P-2.2)'
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
