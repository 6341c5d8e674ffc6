# =============================================================================
# 03-owa-setting-override.ps1
# 비즈니스용 Skype 서버 구독 버전 - 웹용 Outlook 통합, 단계 "owa-setting-override"
#
# 실행 위치 : Exchange 2016 이상 서버. 각 사서함 서버에 닿습니다(-Server로 새로 고침, PowerShell 원격으로 풀 다시 시작, -Local: 이 서버만)
# 셸        : Exchange 관리 셸
#
# 계획 값(참고용으로 표시하며, 스크립트는 이 값을 작은따옴표 리터럴로만 사용합니다):
#   계획 제목                  : Contoso - Skype for Business Server SE with Exchange SE
#   Exchange 버전              : EXCHANGE_SE
#   OWA/신뢰할 수 있는 풀 FQDN : mail.contoso.com
#   레지스트라 풀 FQDN         : sfbse-pool.contoso.com
#   사이트 ID                  : 1
#   응용 프로그램 ID           : OutlookWebApp
#   포트                       : 5199
#   풀 컴퓨터                  : exse-01.contoso.com, exse-02.contoso.com, exse-03.contoso.com
#   IM 서버 이름               : sfbse-pool.contoso.com
#   인증서 지문                : IIS
#   설정 재정의 이름             : Contoso OWA IM
#   사서함 서버                : exse-01.contoso.com, exse-02.contoso.com, exse-03.contoso.com
#   클라이언트 액세스 서버     : -
#   사서함 정책 범위           : ALL
#
# 생성 도구: lync-owa-wizard test, 생성 시각: 2026-01-01T00:00:00Z
# 변경을 하는 스크립트는 -WhatIf를 지원합니다. 먼저 -WhatIf로 실행해 보십시오.
# 실행할 때마다 -LogPath에 실행 기록(transcript)이 남습니다(기본값은 $env:TEMP 아래).
# =============================================================================
#
# P-8.5~P-8.8: 웹용 Outlook의 IM 설정(IMServerName, IMCertificateThumbprint)을 Active Directory의
# 설정 재정의(구성 요소 OwaServer, 섹션 IMSettings)로 지정합니다. Exchange 2016부터는 web.config 키를 읽지 않습니다.
# 재정의를 만들거나, 이미 있으면 두 값을 모두 넣어 업데이트합니다. 누적 업데이트 후에도 유지됩니다.
# 모든 사서함 서버가 같은 인증서를 쓰면 조직 전체에 재정의 하나, 아니면 서버마다 하나씩
# (-Server <서버 이름>, FQDN 아님) 만들고 이름은 "<이름> (<서버 이름>)"입니다.
# 그다음 모든 사서함 서버에서 설정을 새로 고치고 MSExchangeOWAAppPool을 다시 시작합니다(P-8.7).
# 풀 다시 시작은 PowerShell 원격(Invoke-Command)으로 하며, -Local이면 이 서버에서만 합니다.
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    # 새로 고치고 다시 시작할 사서함 서버(계획의 FQDN). 기본값: 계획의 모든 사서함 서버.
    # 재정의 자체는 항상 계획의 모든 서버에 적용됩니다.
    [string[]]$ComputerName = @(),
    # 원격 없이 이 컴퓨터(계획의 사서함 서버)만 새로 고치고 다시 시작합니다.
    [switch]$Local,
    # 이번 실행 기록(transcript)을 쓸 위치입니다.
    [string]$LogPath = (Join-Path $env:TEMP 'lyncowa-03-owa-setting-override.log')
)

$ErrorActionPreference = 'Stop'
# Strict 모드 1.0은 설정되지 않은 변수를 잡아냅니다. 속성 검사(2.0)는 버전마다 속성이 다른
# cmdlet 개체에서 실패하므로, 그런 속성은 코드에서 따로 확인합니다.
Set-StrictMode -Version 1.0

# 계획의 값입니다.
$MailboxServers = @('exse-01.contoso.com', 'exse-02.contoso.com', 'exse-03.contoso.com')
# P-9.2, P-8.6: THUMBPRINT = 아래 지문, IIS = 각 서버에서 IIS에 할당된 Exchange 인증서.
$CertificateSource = 'IIS'
# P-3.4, P-9.2: 사서함 서버별 지문(16진수 40자리, 대문자). IIS이면 비어 있습니다.
$Certificates = @{ 'exse-01.contoso.com' = ''; 'exse-02.contoso.com' = ''; 'exse-03.contoso.com' = '' }
# P-9.2: 인증서에는 서버 FQDN 대신 OWA 풀 FQDN이 있을 수 있습니다(풀을 만들지 않으면 비어 있음).
$PoolFqdn = 'mail.contoso.com'
# P-3.3, P-8.6
$ImServerName = 'sfbse-pool.contoso.com'
# P-8.5, P-8.8: 설정 재정의 이름(서버별이면 "<이름> (<서버 이름>)").
$OverrideName = 'Contoso OWA IM'
# P-9.6: 계획의 Exchange 버전의 AdminDisplayVersion(2016: 15.1, 2019와 SE: 15.2).
$VersionPattern = '^Version 15\.2(\D|$)'
$Reason = 'Lync-OWA integration wizard: Outlook on the web IM settings (P-8.5)'

# P-8.7: 서버 자신에서 웹용 Outlook 풀을 다시 시작합니다(WebAdministration 모듈).
$RestartPool = {
    $ErrorActionPreference = 'Stop'
    Import-Module WebAdministration -ErrorAction Stop
    Restart-WebAppPool -Name 'MSExchangeOWAAppPool' -ErrorAction Stop
}

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

# 재정의의 매개 변수 목록에 계획의 두 값만 정확히 있는지 봅니다(P-8.8: 목록은 통째로 바뀜).
function Test-SameParameters($Actual, [string[]]$Wanted) {
    $have = @(@($Actual | ForEach-Object { [string]$_ }) | Sort-Object)
    $want = @($Wanted | Sort-Object)
    return (($have -join '|') -eq ($want -join '|'))
}

# P-8.8: 잘못된 설정 재정의는 조직을 손상시킬 수 있습니다. 이름으로 찾은 재정의를 업데이트하거나
# 제거하기 전에 구성 요소가 OwaServer이고 섹션이 IMSettings인지 확인합니다.
function Assert-ImOverride($Override) {
    if ([string]$Override.ComponentName -ne 'OwaServer' -or [string]$Override.SectionName -ne 'IMSettings') {
        throw ('설정 재정의 "' + [string]$Override.Name + '"은(는) 웹용 Outlook IM 재정의가 아닙니다(ComponentName ' + [string]$Override.ComponentName + ', SectionName ' + [string]$Override.SectionName + ', 기대값 OwaServer, IMSettings). 건드리지 않습니다. 계획에서 다른 settingOverrideName을 고르십시오(P-8.8).')
    }
}

# 실행이 마지막 줄에 이를 때까지 종료 코드는 1입니다. 기록(transcript)은 try 안에서 시작하므로
# 기록을 시작하지 못해도 FAILURE 줄로 끝납니다.
$exitCode = 1
$transcribing = $false
$Declined = @()

# 모든 변경은 먼저 Test-Change에 묻습니다. 이 함수는 $PSCmdlet.ShouldProcess(-WhatIf, -Confirm)이며
# 거부한 확인을 모두 기록하므로, 수행하지 않은 작업이 있는 실행은 SUCCESS로 끝날 수 없습니다.
function Test-Change([string]$Target, [string]$Action) {
    if ($PSCmdlet.ShouldProcess($Target, $Action)) {
        return $true
    }
    if (-not $WhatIfPreference) {
        $script:Declined += ($Action + ' -> ' + $Target)
    }
    return $false
}

# 마지막 줄: 모든 변경을 수행한 경우에만 SUCCESS, -WhatIf에서는 아무것도 주장하지 않는 WHATIF 줄,
# 확인을 거부한 경우에는 수행하지 않은 작업을 밝히는 FAILURE입니다.
function Complete-Change([string]$Success) {
    if ($script:Declined.Count -gt 0) {
        throw ('확인을 거부하여 수행하지 않음: ' + ($script:Declined -join '; '))
    }
    if ($WhatIfPreference) {
        Write-Host 'WHATIF: 변경된 내용이 없습니다. 적용하려면 -WhatIf 없이 다시 실행하십시오.'
    }
    else {
        Write-Host $Success
    }
}

try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    # 올바른 셸: Exchange 2016 이상의 Exchange 관리 셸에 설정 재정의 cmdlet이 있습니다.
    if (-not (Get-Command New-SettingOverride -ErrorAction SilentlyContinue) -or
        -not (Get-Command Get-ExchangeDiagnosticInfo -ErrorAction SilentlyContinue)) {
        throw 'New-SettingOverride / Get-ExchangeDiagnosticInfo가 없습니다. Exchange 2016 이상 서버의 Exchange 관리 셸에서 이 스크립트를 실행하십시오.'
    }

    # 계획에 있는 서버인지 확인.
    if ($Local) {
        if ($ComputerName.Count -gt 0) {
            throw '-Local과 -ComputerName 중 하나만 사용하십시오.'
        }
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
            throw ($server + '은(는) 계획의 사서함 서버가 아닙니다: ' + ($MailboxServers -join ', ') + '.')
        }
    }

    # 변경 전 확인(P-9.2, P-9.6): 계획의 모든 사서함 서버가 계획의 Exchange 버전이고, 인증서가 있으며
    # 개인 키가 있고 유효 기간 안이며 서버 FQDN(또는 OWA 풀 FQDN)을 담고 있어야 합니다. 문제마다 올바른 값을
    # 보여 주는 명령과 함께 나열하며, 그때는 아무것도 바꾸지 않습니다.
    $problems = @()
    $servers = @()
    foreach ($fqdn in $MailboxServers) {
        $exchangeServer = $null
        try {
            $exchangeServer = Get-ExchangeServer -Identity $fqdn -ErrorAction Stop
        }
        catch {
            $problems += ($fqdn + ': Get-ExchangeServer가 찾지 못했습니다: ' + $_.Exception.Message)
            continue
        }
        if (-not $exchangeServer.IsMailboxServer -or [string]$exchangeServer.AdminDisplayVersion -notmatch $VersionPattern) {
            $problems += ($fqdn + '은(는) 계획의 Exchange 버전인 사서함 서버가 아닙니다(' + [string]$exchangeServer.AdminDisplayVersion + '로 보고됨, P-9.6).')
            continue
        }
        # P-8.5: -Server에는 FQDN이 아니라 서버 이름(Get-ExchangeServer의 Name)을 씁니다.
        $serverName = [string]$exchangeServer.Name
        $thumbprint = [string]$Certificates[$fqdn]
        if ($CertificateSource -eq 'IIS') {
            # P-8.6: 그 서버에서 IIS 서비스에 할당된 Exchange 인증서.
            $iis = @(Get-ExchangeCertificate -Server $fqdn -ErrorAction Stop | Where-Object { [string]$_.Services -match 'IIS' })
            if ($iis.Count -ne 1) {
                $problems += ($fqdn + ': IIS에 할당된 Exchange 인증서가 ' + $iis.Count + '개입니다. 정확히 하나여야 합니다(P-8.6).' + ' ' + [string]$fqdn + '의 올바른 인증서 확인(Exchange 관리 셸에서): Get-ExchangeCertificate -Server ' + $fqdn + ' | Where-Object { $_.Services -match ''IIS'' } | Format-List Thumbprint,Subject,CertificateDomains,NotAfter,HasPrivateKey')
                continue
            }
            $thumbprint = ([string]$iis[0].Thumbprint).ToUpperInvariant()
            Write-Host ($fqdn + ': IIS에 바인딩된 인증서: ' + $thumbprint)
        }
        # P-9.2: 인증서가 없거나, 개인 키가 없거나, 유효 기간 밖이거나, 서버 FQDN(또는 풀 FQDN)을
        # 담고 있지 않으면 경고가 아니라 FAILURE입니다.
        $certificate = $null
        try {
            $certificate = Get-ExchangeCertificate -Server $fqdn -Thumbprint $thumbprint -ErrorAction Stop
        }
        catch {
            $certificate = $null
        }
        $show = [string]$fqdn + '의 올바른 인증서 확인(Exchange 관리 셸에서): Get-ExchangeCertificate -Server ' + $fqdn + ' | Where-Object { $_.Services -match ''IIS'' } | Format-List Thumbprint,Subject,CertificateDomains,NotAfter,HasPrivateKey'
        if (-not $certificate) {
            $problems += ($fqdn + ': Get-ExchangeCertificate가 지문이 ' + $thumbprint + '인 인증서를 찾지 못했습니다(P-9.2).' + ' ' + $show)
            continue
        }
        if (-not $certificate.HasPrivateKey) {
            $problems += ('인증서 ' + $thumbprint + '에 개인 키가 없습니다(P-3.4, P-9.2).' + ' ' + $show)
        }
        $now = Get-Date
        if ($now -lt $certificate.NotBefore -or $now -gt $certificate.NotAfter) {
            $problems += ('인증서 ' + $thumbprint + '이(가) 유효 기간(' + $certificate.NotBefore + ' - ' + $certificate.NotAfter + ')을 벗어났습니다(P-3.4, P-9.2).' + ' ' + $show)
        }
        $domains = @($certificate.CertificateDomains | ForEach-Object { [string]$_ })
        $wanted = @(@($fqdn, $PoolFqdn) | Where-Object { $_ })
        $named = @($domains | Where-Object { $domain = $_; @($wanted | Where-Object { $_ -eq $domain -or ($domain -like '`*.*' -and $_ -like $domain) }).Count -gt 0 })
        if ($named.Count -eq 0) {
            $problems += ('인증서 ' + $thumbprint + '의 주체와 SAN 어디에도 ' + ($wanted -join ' / ') + '이(가) 없습니다. 인증서에 있는 이름: ' + ($domains -join ', ') + '(P-3.4, P-9.2).' + ' ' + $show)
        }
        if (@($domains | Where-Object { $_ -like '`*.*' }).Count -gt 0) {
            Write-Warning ($fqdn + ': 와일드카드 인증서입니다. 와일드카드 인증서는 Exchange-Lync 신뢰를 깨뜨리는 것으로 알려져 있습니다(P-3.4).')
        }
        $servers += [pscustomobject]@{ Fqdn = $fqdn; Name = $serverName; Thumbprint = $thumbprint }
    }
    if ($problems.Count -gt 0) {
        foreach ($problem in $problems) {
            Write-Host ('PROBLEM ' + $problem)
        }
        throw ('변경 전에 문제 ' + $problems.Count + '개를 찾았습니다(위에 PROBLEM으로 표시). 아무것도 바꾸지 않았습니다.')
    }

    # 무엇이든 변경하기 전에 먼저 원격 확인: 모든 서버에서 WinRM이 응답해야 합니다.
    if (-not $Local) {
        $unreachable = @()
        foreach ($server in $targets) {
            try {
                [void](Test-WSMan -ComputerName $server -ErrorAction Stop)
            }
            catch {
                $unreachable += ($server + ': ' + $_.Exception.Message)
            }
        }
        if ($unreachable.Count -gt 0) {
            throw ('다음 서버에서 PowerShell 원격(WinRM)이 응답하지 않습니다: ' + ($unreachable -join '; ') + '. 그 서버에서 원격을 사용하도록 설정하고(Enable-PSRemoting) 계정이 각 서버의 로컬 Administrators 그룹에 속하는지 확인하거나, 각 사서함 서버에서 -Local로 이 스크립트를 실행하십시오. 아무것도 변경하지 않았습니다.')
        }
    }

    # P-8.5: 모든 서버의 지문이 같으면 -Server 없는 재정의 하나, 아니면 서버마다 하나.
    $distinct = @($servers | ForEach-Object { $_.Thumbprint } | Select-Object -Unique)
    $overrides = @()
    if ($distinct.Count -eq 1) {
        $overrides += [pscustomobject]@{ Name = $OverrideName; Server = ''; Thumbprint = $distinct[0] }
    }
    else {
        foreach ($server in $servers) {
            $overrides += [pscustomobject]@{ Name = ($OverrideName + ' (' + $server.Name + ')'); Server = $server.Name; Thumbprint = $server.Thumbprint }
        }
    }

    # 이전 실행에서 남은 다른 형태의 재정의(조직 전체 또는 서버별)는 P-8.8의 확인 후 제거하여,
    # 옛 지문을 쓰는 서버가 남지 않게 합니다.
    $staleNames = @($OverrideName) + @($servers | ForEach-Object { $OverrideName + ' (' + $_.Name + ')' })
    $stale = @()
    foreach ($name in $staleNames) {
        if (@($overrides | Where-Object { $_.Name -eq $name }).Count -gt 0) {
            continue
        }
        $found = Get-SettingOverride -Identity $name -ErrorAction SilentlyContinue | Where-Object { [string]$_.Name -eq $name }
        if ($found) {
            Assert-ImOverride $found
            $stale += $name
        }
    }

    $changed = $false
    foreach ($override in $overrides) {
        $parameters = @(('IMServerName=' + $ImServerName), ('IMCertificateThumbprint=' + $override.Thumbprint))
        $target = $override.Name
        $existing = Get-SettingOverride -Identity $target -ErrorAction SilentlyContinue | Where-Object { [string]$_.Name -eq $target } | Select-Object -First 1
        if ($existing) {
            # P-8.8: 이 이름의 재정의가 있습니다. 확인한 다음 두 값을 모두 넣어 업데이트합니다.
            Assert-ImOverride $existing
            $existingServers = @($existing.Server | ForEach-Object { [string]$_ } | Where-Object { $_ })
            $rightServer = ($override.Server -and $existingServers.Count -eq 1 -and $existingServers[0] -eq $override.Server) -or (-not $override.Server -and $existingServers.Count -eq 0)
            if (-not $rightServer) {
                throw ('설정 재정의 "' + $target + '"은(는) 계획에 필요한 서버와 다른 서버(' + ($existingServers -join ', ') + ')에 적용됩니다. 제거하거나(Remove-SettingOverride -Identity ''' + $target + ''') 다른 settingOverrideName을 고른 다음 이 스크립트를 다시 실행하십시오.')
            }
            if (Test-SameParameters $existing.Parameters $parameters) {
                Write-Host ('이미 올바름: ' + $target)
                continue
            }
            if (Test-Change $target ('Set-SettingOverride -Parameters ' + ($parameters -join ', ') + ' (P-8.8)')) {
                Set-SettingOverride -Identity $existing.Identity -Parameters $parameters -Confirm:$false -ErrorAction Stop
                $changed = $true
            }
            else {
                continue
            }
        }
        elseif (Test-Change $target ('New-SettingOverride -Component OwaServer -Section IMSettings -Parameters ' + ($parameters -join ', ') + ' (P-8.5)')) {
            if ($override.Server) {
                New-SettingOverride -Name $target -Component OwaServer -Section IMSettings -Parameters $parameters -Reason $Reason -Server $override.Server -Confirm:$false -ErrorAction Stop
            }
            else {
                New-SettingOverride -Name $target -Component OwaServer -Section IMSettings -Parameters $parameters -Reason $Reason -Confirm:$false -ErrorAction Stop
            }
            $changed = $true
        }
        else {
            continue
        }
        # P-9.1: 재정의를 다시 읽어 확인합니다.
        $after = Get-SettingOverride -Identity $target -ErrorAction SilentlyContinue | Where-Object { [string]$_.Name -eq $target }
        if (-not $after -or [string]$after.ComponentName -ne 'OwaServer' -or [string]$after.SectionName -ne 'IMSettings' -or -not (Test-SameParameters $after.Parameters $parameters)) {
            throw ('다시 읽기: 설정 재정의 "' + $target + '"에 방금 쓴 값이 없습니다(P-9.1).')
        }
        Write-Host ('설정 재정의를 썼습니다: ' + $target + ' (' + ($parameters -join ', ') + ')')
    }

    foreach ($name in $stale) {
        if (Test-Change $name 'Remove-SettingOverride (P-8.8, P-8.11)') {
            Remove-SettingOverride -Identity (Get-SettingOverride -Identity $name -ErrorAction Stop | Where-Object { [string]$_.Name -eq $name }).Identity -Confirm:$false -ErrorAction Stop
            if (Get-SettingOverride -Identity $name -ErrorAction SilentlyContinue | Where-Object { [string]$_.Name -eq $name }) {
                throw ('Remove-SettingOverride 후에도 설정 재정의 "' + $name + '"이(가) 남아 있습니다(P-9.1).')
            }
            Write-Host ('다른 형태의 설정 재정의를 제거했습니다: ' + $name)
            $changed = $true
        }
    }

    # P-8.7: 각 사서함 서버에서, 무언가 바뀌었거나 서버가 아직 계획의 값을 쓰지 않으면 설정을 새로 고치고
    # 풀을 다시 시작한 다음, 서버가 쓰는 값을 다시 읽습니다(P-8.9).
    $failed = @()
    foreach ($fqdn in $targets) {
        $server = @($servers | Where-Object { $_.Fqdn -eq $fqdn })[0]
        $effective = $null
        try {
            $effective = Get-ImSettings $server.Name
        }
        catch {
            $effective = $null
        }
        $right = $effective -and [string]$effective.IMServerName -eq $ImServerName -and [string]$effective.IMCertificateThumbprint -eq $server.Thumbprint
        if ($right -and -not $changed) {
            Write-Host ($fqdn + ': 계획의 IM 설정을 씁니다(P-8.9).')
            continue
        }
        if (-not (Test-Change $fqdn 'Get-ExchangeDiagnosticInfo -Argument Refresh; Restart-WebAppPool MSExchangeOWAAppPool (P-8.7)')) {
            continue
        }
        try {
            [void](Get-ExchangeDiagnosticInfo -Server $server.Name -Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Refresh -ErrorAction Stop)
            if ($Local) {
                & $RestartPool
            }
            else {
                Invoke-Command -ComputerName $fqdn -ScriptBlock $RestartPool -ErrorAction Stop
            }
            Write-Host ($fqdn + ': 설정을 새로 고치고 MSExchangeOWAAppPool을 다시 시작했습니다(P-8.7).')
            # P-8.9: 새로 고친 뒤 서버가 쓰는 값.
            $effective = Get-ImSettings $server.Name
            if (-not $effective) {
                throw ($fqdn + ': 진단 결과에 IMSettings가 없습니다(P-8.9).')
            }
            if ([string]$effective.IMServerName -ne $ImServerName -or [string]$effective.IMCertificateThumbprint -ne $server.Thumbprint) {
                throw ($fqdn + ': IMServerName "' + [string]$effective.IMServerName + '", IMCertificateThumbprint "' + [string]$effective.IMCertificateThumbprint + '"을(를) 씁니다. 계획의 값이 아닙니다(P-8.9).')
            }
            Write-Host ($fqdn + ': 계획의 IM 설정을 씁니다(P-8.9).')
        }
        catch {
            Write-Host ($fqdn + ': ' + $_.Exception.Message)
            $failed += $fqdn
        }
    }
    if ($failed.Count -gt 0) {
        throw ('끝나지 않은 서버: ' + ($failed -join ', ') + '. 이 서버들을 -ComputerName으로 지정해 다시 실행하십시오(또는 각 서버에서 -Local).')
    }
    Complete-Change ('SUCCESS: 설정 재정의 ' + $overrides.Count + '개가 올바르고, 사서함 서버 ' + $targets.Count + '대가 계획의 IM 설정을 씁니다(P-8.5~P-8.9).')
    $exitCode = 0
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
