# =============================================================================
# 01-owa-web-config.ps1
# Lync Server 2013 - Outlook Web App 통합, 단계 "owa-web-config"
# 인증서 갱신: 이 스크립트는 계획에 있는 갱신된 인증서의 지문을 적용합니다(P-8.8, P-3.6, P-7.4).
# 갱신에는 이 스크립트와 확인 스크립트만 있으면 됩니다.
#
# 실행 위치 : 도메인의 아무 컴퓨터, PowerShell 원격으로 각 Exchange 2013 사서함 서버에 연결(또는 -Local로 각 사서함 서버에서)
# 셸        : Windows PowerShell(관리자 권한으로 실행)
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
# P-3.2~P-3.7: 계획의 모든 Exchange 2013 사서함(백 엔드) 서버에서 다음 두 키를
#   <add key="IMCertificateThumbprint" value="<해당 서버의 지문>"/>
#   <add key="IMServerName" value="<Lync 풀 FQDN>"/>
# <ExchangeInstallPath>\ClientAccess\Owa\web.config의 <appSettings> 아래에 설정한 다음
# 그 서버의 MSExchangeOWAAppPool을 재활용합니다.
# P-3.3: IMServerName은 OWA용 신뢰할 수 있는 응용 프로그램 풀을 호스팅하는 Lync Server 풀
# (-Registrar 풀)이며, OWA 풀이 아닙니다.
# P-3.4, P-9.2: 각 서버는 자신의 인증서를 사용합니다(계획의 표 또는 그 서버의 IIS에 바인딩된 인증서).
# 인증서가 없거나, 개인 키가 없거나, 유효 기간을 벗어났거나, 서버(또는 풀) 이름이 없으면
# 아무것도 쓰기 전에 그 서버는 FAILURE로 중지됩니다.
# P-3.5: web.config는 쓰기 전에 백업하고(같은 폴더에 타임스탬프가 붙은 사본), XML로 구문 분석하며,
# 키는 대/소문자를 구분하지 않고 찾고(대/소문자만 다른 중복 키는 제거),
# 변경된 내용이 있을 때만 파일을 쓰고, 쓴 뒤에 다시 읽어 확인합니다.
# P-3.6: Exchange 2013 누적 업데이트(CU)는 web.config를 덮어씁니다. CU를 설치할 때마다 이 스크립트를
# 다시 실행하십시오. 값이 이미 올바르면 아무것도 변경하지 않습니다.
# 모든 서버를 하나의 콘솔에서: 도메인의 아무 컴퓨터에서나 관리자 권한으로 실행한 Windows PowerShell에서
# 한 번 실행하면, PowerShell 원격(Invoke-Command)으로 각 사서함 서버에 연결합니다. 각 서버에 WinRM이
# 필요하며(Enable-PSRemoting, Windows Server 2012 이상은 기본값으로 켜져 있음), 그 서버의 로컬 Administrators
# 그룹에 속한 계정이 필요합니다. 원격을 쓸 수 없으면 각 사서함 서버에서 -Local로 실행하십시오.
# 먼저 모든 서버를 검사한 다음, 변경이 필요한 서버마다 차례로 확인을 받아 변경하고,
# 마지막 표에 서버별 결과를 보여 줍니다(실패한 서버가 있으면 종료 코드 1).
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    # 작업할 사서함 서버(계획에 있는 FQDN)입니다. 기본값: 계획의 모든 사서함 서버.
    # 실패한 서버만 다시 실행할 때 사용하십시오.
    [string[]]$ComputerName = @(),
    # 원격 없이 이 컴퓨터에서만 작업합니다(해당 사서함 서버 자체에서 스크립트를 실행).
    [switch]$Local,
    # -Local과 함께: 계획에 있는 이 서버의 FQDN입니다. 기본값은 이 컴퓨터의 DNS 이름입니다.
    [string]$ComputerFqdn = '',
    # web.config가 이미 올바르더라도 MSExchangeOWAAppPool을 재활용합니다
    # (예: 이전 실행에서 파일은 바뀌었지만 재활용이 실패한 경우).
    [switch]$ForceRecycle,
    # 이번 실행 기록(transcript)을 쓸 위치입니다.
    [string]$LogPath = (Join-Path $env:TEMP 'lyncowa-01-owa-web-config.log')
)

$ErrorActionPreference = 'Stop'
# Strict 모드 1.0은 설정되지 않은 변수를 잡아냅니다. 속성 검사(2.0)는 버전마다 속성이 다른
# cmdlet 개체에서 실패하므로, 그런 속성은 코드에서 따로 확인합니다.
Set-StrictMode -Version 1.0

# 계획의 값입니다.
$MailboxServers = @('atl-owa-001.litwareinc.com')
# P-9.2: THUMBPRINT = 아래의 지문, IIS = 각 서버의 IIS(포트 443)에 바인딩된 인증서.
$CertificateSource = 'THUMBPRINT'
# P-3.4, P-9.2: 사서함 서버별 지문(16진수 40자리, 대문자). IIS이면 비어 있습니다.
$Certificates = @{ 'atl-owa-001.litwareinc.com' = 'EA5A332496CC05DA69B75B66111C0F78A110D22D' }
# P-9.2: 인증서에는 서버 FQDN 대신 OWA 풀 FQDN이 있을 수 있습니다(풀을 만들지 않으면 비어 있음).
$PoolFqdn = 'atl-owa-001.litwareinc.com'
# P-3.3
$ImServerName = 'atl-cs-001.litwareinc.com'

# 각 서버에서 로컬로 또는 원격으로 수행하는 작업입니다. 모든 값은 코드가 아닌 인수로 전달됩니다.
# $Apply는 첫 번째 읽기 전용 단계에서 $false이며, 그 서버에 대한 로컬 확인(ShouldProcess) 뒤에만
# $true가 됩니다. $WhatIf는 두 번째 안전장치로 -WhatIf를 서버까지 전달합니다.
$ServerWork = {
    param([string]$ServerFqdn, [string]$Thumbprint, [string]$CertificateSource, [string]$PoolFqdn,
        [string]$ImServerName, [bool]$Apply, [bool]$ForceRecycle, [bool]$WhatIf)
    $ErrorActionPreference = 'Stop'
    Set-StrictMode -Version 1.0
    $AppPoolName = 'MSExchangeOWAAppPool'
    $problems = @()

    # 마지막 <add> 요소 뒤에 같은 들여쓰기로 새 <add> 요소를 씁니다.
    function Add-AppSetting([System.Xml.XmlElement]$AppSettings, [string]$Key, [string]$Value) {
        $document = $AppSettings.OwnerDocument
        $element = $document.CreateElement('add')
        $element.SetAttribute('key', $Key)
        $element.SetAttribute('value', $Value)
        $last = $AppSettings.SelectNodes('add') | Select-Object -Last 1
        if ($last) {
            $indent = $last.PreviousSibling
            $reference = $last
            if ($indent -and $indent.NodeType -eq [System.Xml.XmlNodeType]::Whitespace) {
                $reference = $AppSettings.InsertAfter($document.CreateWhitespace($indent.Value), $last)
            }
            [void]$AppSettings.InsertAfter($element, $reference)
        }
        else {
            [void]$AppSettings.AppendChild($element)
        }
    }

    # 올바른 셸인지 확인: 서버에서 관리자 권한(상승된) 세션(web.config와 appcmd에 필요).
    # 관리자의 원격 세션은 상승된 세션입니다. PowerShell 3.0에는 #Requires -RunAsAdministrator가 없습니다.
    $principal = New-Object System.Security.Principal.WindowsPrincipal([System.Security.Principal.WindowsIdentity]::GetCurrent())
    if (-not $principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)) {
        throw ($ServerFqdn + ': 이 세션은 관리자 권한으로 실행되지 않았습니다. 서버의 로컬 Administrators 그룹에 속한 계정으로, 관리자 권한으로 실행한 Windows PowerShell을 사용하십시오.')
    }

    # 올바른 서버인지 확인: 사서함 역할이 있는 Exchange 2013(P-3.2).
    $installPath = $env:ExchangeInstallPath
    if (-not $installPath) {
        $setup = Get-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\ExchangeServer\v15\Setup' -ErrorAction SilentlyContinue
        if ($setup) {
            $installPath = $setup.MsiInstallPath
        }
    }
    if (-not $installPath) {
        throw ($ServerFqdn + ': Exchange Server 2013이 설치되어 있지 않습니다(ExchangeInstallPath 없음).')
    }
    if (-not (Test-Path -LiteralPath 'HKLM:\SOFTWARE\Microsoft\ExchangeServer\v15\MailboxRole')) {
        throw ($ServerFqdn + '은(는) Exchange 2013 사서함 서버가 아닙니다(MailboxRole 키 없음).')
    }
    # P-9.6: v15 레지스트리 키는 Exchange 2013, 2016, 2019 모두에 있습니다. ExSetup.exe의 버전만이
    # 이들을 구분합니다. 15.0이 Exchange 2013입니다(2016은 15.1, 2019와 SE는 15.2이며 이 키를 무시함, P-8.5).
    $exSetup = Join-Path $installPath 'Bin\ExSetup.exe'
    if (-not (Test-Path -LiteralPath $exSetup -PathType Leaf)) {
        throw ($ServerFqdn + ': ExSetup.exe를 찾을 수 없어 Exchange 버전을 확인할 수 없습니다: ' + $exSetup)
    }
    $fileVersion = (Get-Item -LiteralPath $exSetup).VersionInfo
    if ($fileVersion.FileMajorPart -ne 15 -or $fileVersion.FileMinorPart -ne 0) {
        throw ($ServerFqdn + '은(는) Exchange 2013(15.0)이 아니라 Exchange 버전 ' + $fileVersion.FileVersion + '을(를) 실행합니다. 그 서버에서는 web.config 키가 무시됩니다(P-8.5, P-9.6).')
    }
    $webConfigPath = Join-Path $installPath 'ClientAccess\Owa\web.config'
    if (-not (Test-Path -LiteralPath $webConfigPath -PathType Leaf)) {
        throw ('OWA web.config를 찾을 수 없습니다: ' + $webConfigPath)
    }
    $appcmd = Join-Path $env:windir 'System32\inetsrv\appcmd.exe'
    if (-not (Test-Path -LiteralPath $appcmd -PathType Leaf)) {
        throw ('appcmd.exe를 찾을 수 없습니다: ' + $appcmd)
    }

    # P-1.4: UCMA 4.0 런타임이 등록되어 있고, 올바른 파일 이름으로 파일이 있는지 확인.
    $imKey = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -ErrorAction SilentlyContinue
    $dllPath = ''
    if ($imKey -and ($imKey.PSObject.Properties.Name -contains 'ImplementationDLLPath')) {
        $dllPath = [string]$imKey.ImplementationDLLPath
    }
    if (-not $dllPath -or (Split-Path -Leaf $dllPath) -ne 'Microsoft.Rtc.Internal.Ucweb.dll' -or -not (Test-Path -LiteralPath $dllPath -PathType Leaf)) {
        throw ($ServerFqdn + ': UCMA 4.0 런타임이 없습니다. HKLM\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging 아래의 ImplementationDLLPath(' + $dllPath + ')가 존재하는 Microsoft.Rtc.Internal.Ucweb.dll을 가리키지 않습니다. 먼저 UCMA 4.0 런타임을 설치하십시오(P-1.4).')
    }

    # P-9.2, P-8.6: IIS 원본일 때는 기본 웹 사이트(Default Web Site)의 https 포트 443에 바인딩된 인증서
    # (서비스에 IIS가 포함된 Exchange 인증서)를 사용합니다.
    if ($CertificateSource -eq 'IIS') {
        Import-Module WebAdministration -ErrorAction Stop
        $hashes = @(Get-WebBinding -Name 'Default Web Site' -Protocol 'https' -Port 443 |
            ForEach-Object { ([string]$_.certificateHash).ToUpperInvariant() } | Where-Object { $_ } | Select-Object -Unique)
        if ($hashes.Count -ne 1) {
            throw ($ServerFqdn + ': 기본 웹 사이트의 https 포트 443에 바인딩된 인증서가 정확히 하나여야 하는데 ' + $hashes.Count + '개입니다(P-9.2).')
        }
        $Thumbprint = $hashes[0]
        Write-Host ($ServerFqdn + ': IIS에 바인딩된 인증서: ' + $Thumbprint)
    }
    if ($Thumbprint -notmatch '^[0-9A-F]{40}$') {
        throw ($ServerFqdn + ': 계획에 이 서버의 지문이 없습니다(P-9.2).')
    }

    # P-3.4, P-9.2: 인증서가 이 서버에 있고, 개인 키가 있으며, 유효 기간 안에 있고, 주체 또는 SAN에
    # 이 서버(또는 풀) 이름이 있어야 합니다. 하나라도 어긋나면 FAILURE입니다. 와일드카드는 경고만 합니다.
    $certificate = Get-Item -LiteralPath (Join-Path 'Cert:\LocalMachine\My' $Thumbprint) -ErrorAction SilentlyContinue
    if (-not $certificate) {
        $problems += ([string]$ServerFqdn + '의 Cert:\LocalMachine\My에 지문이 ' + $Thumbprint + '인 인증서가 없습니다(P-9.2).')
    }
    else {
        if (-not $certificate.HasPrivateKey) {
            $problems += ('인증서 ' + $Thumbprint + '에 개인 키가 없습니다(P-3.4, P-9.2).')
        }
        $now = Get-Date
        if ($now -lt $certificate.NotBefore -or $now -gt $certificate.NotAfter) {
            $problems += ('인증서 ' + $Thumbprint + '이(가) 유효 기간(' + $certificate.NotBefore + ' - ' + $certificate.NotAfter + ')을 벗어났습니다(P-3.4, P-9.2).')
        }
        # 인증서의 주체(CN)와 주체 대체 이름(인증서 공급자의 DnsNameList, Windows PowerShell 3.0 이상).
        $names = @($certificate.DnsNameList | ForEach-Object { [string]$_.Unicode })
        $names += [string]$certificate.GetNameInfo([System.Security.Cryptography.X509Certificates.X509NameType]::SimpleName, $false)
        $wanted = @(@($ServerFqdn, $PoolFqdn) | Where-Object { $_ })
        $exact = @($names | Where-Object { $wanted -contains $_ })
        $wildcards = @($names | Where-Object { $_ -like '`*.*' })
        $byWildcard = @($wildcards | Where-Object { $pattern = $_; @($wanted | Where-Object { $_ -like $pattern }).Count -gt 0 })
        if ($exact.Count -eq 0 -and $byWildcard.Count -eq 0) {
            $problems += ('인증서 ' + $Thumbprint + '의 주체와 SAN 어디에도 ' + ($wanted -join ' / ') + '이(가) 없습니다. 인증서에 있는 이름: ' + (($names | Select-Object -Unique) -join ', ') + '(P-3.4, P-9.2).')
        }
        if ($wildcards.Count -gt 0) {
            Write-Warning ($ServerFqdn + ': 와일드카드 인증서입니다. 와일드카드 인증서는 Exchange-Lync 신뢰를 깨뜨리는 것으로 알려져 있습니다(P-3.4).')
        }
    }

    # P-3.5: 레이아웃을 유지하면서 web.config를 XML로 구문 분석합니다.
    $document = New-Object System.Xml.XmlDocument
    $document.PreserveWhitespace = $true
    $document.Load($webConfigPath)
    $appSettings = $document.SelectSingleNode('/configuration/appSettings')
    if (-not $appSettings) {
        throw ('web.config에 <appSettings> 요소가 없습니다: ' + $webConfigPath)
    }
    $wantedKeys = [ordered]@{
        'IMCertificateThumbprint' = $Thumbprint
        'IMServerName'            = $ImServerName
    }
    $changes = @()
    foreach ($key in $wantedKeys.Keys) {
        $value = $wantedKeys[$key]
        # PowerShell에서 문자열의 -eq는 대/소문자를 구분하지 않습니다. 이것이 대/소문자 무시 키 비교입니다.
        $found = @($appSettings.SelectNodes('add') | Where-Object { $_.GetAttribute('key') -eq $key })
        if ($found.Count -eq 0) {
            Add-AppSetting -AppSettings $appSettings -Key $key -Value $value
            $changes += ([string]$key + ' 추가')
            continue
        }
        $first = $found[0]
        if ($first.GetAttribute('key') -cne $key -or $first.GetAttribute('value') -cne $value) {
            $first.SetAttribute('key', $key)
            $first.SetAttribute('value', $value)
            $changes += ([string]$key + ' 업데이트')
        }
        foreach ($duplicate in ($found | Select-Object -Skip 1)) {
            $before = $duplicate.PreviousSibling
            if ($before -and $before.NodeType -eq [System.Xml.XmlNodeType]::Whitespace) {
                [void]$appSettings.RemoveChild($before)
            }
            [void]$appSettings.RemoveChild($duplicate)
            $changes += ('중복된 ' + $key + ' 제거')
        }
    }

    $written = $false
    $recycled = $false
    $backupPath = ''
    # 확인을 받은 단계에서만 씁니다. -WhatIf일 때나 인증서 문제가 있을 때는 절대 쓰지 않습니다.
    if ($Apply -and -not $WhatIf -and $problems.Count -eq 0) {
        if ($changes.Count -gt 0) {
            $backupPath = $webConfigPath + '.' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.bak'
            Copy-Item -LiteralPath $webConfigPath -Destination $backupPath -Confirm:$false
            Write-Host ('백업: ' + $backupPath)
            $document.Save($webConfigPath)
            # P-9.1: 파일을 다시 읽어 두 키를 쓰려던 값과 비교합니다.
            $check = New-Object System.Xml.XmlDocument
            $check.Load($webConfigPath)
            $settings = @($check.SelectNodes('/configuration/appSettings/add'))
            foreach ($key in $wantedKeys.Keys) {
                $actual = @($settings | Where-Object { $_.GetAttribute('key') -eq $key })
                if ($actual.Count -ne 1 -or $actual[0].GetAttribute('value') -cne $wantedKeys[$key]) {
                    throw ('다시 읽기: ' + $webConfigPath + '에 ' + $key + '의 쓴 값이 없습니다(P-9.1).')
                }
            }
            Write-Host ($ServerFqdn + ': web.config에 썼습니다: ' + ($changes -join ', '))
            $written = $true
        }
        # P-3.7, P-9.8: 새 키를 읽도록 OWA 응용 프로그램 풀을 재활용합니다. (지역화된) 출력 텍스트가 아니라
        # appcmd의 종료 코드로 판단합니다.
        if ($written -or $ForceRecycle) {
            $output = & $appcmd recycle apppool ('/apppool.name:' + $AppPoolName) | Out-String
            $recycleExit = $LASTEXITCODE
            Write-Host $output.Trim()
            if ($recycleExit -ne 0) {
                throw ([string]$ServerFqdn + '에서 ' + $AppPoolName + ' 재활용에 실패했습니다. appcmd 종료 코드 ' + $recycleExit + '(P-3.7, P-9.8).')
            }
            $recycled = $true
        }
    }

    [pscustomobject]@{
        Server     = $ServerFqdn
        Thumbprint = $Thumbprint
        Problems   = @($problems)
        Changes    = @($changes)
        Written    = $written
        Recycled   = $recycled
        BackupPath = $backupPath
    }
}

# 한 서버에서 서버 작업을 실행합니다. -Local이면 이 세션에서, 아니면 Invoke-Command로 실행합니다.
function Invoke-ServerWork([string]$Server, [bool]$Apply) {
    $arguments = @($Server, [string]$Certificates[$Server], $CertificateSource, $PoolFqdn, $ImServerName, $Apply,
        [bool]$ForceRecycle, [bool]$WhatIfPreference)
    if ($Local) {
        return (& $ServerWork @arguments | Select-Object -Last 1)
    }
    return (Invoke-Command -ComputerName $Server -ScriptBlock $ServerWork -ArgumentList $arguments -ErrorAction Stop |
        Select-Object -Last 1)
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
    # 계획에 있는 서버인지 확인.
    if ($Local) {
        if ($ComputerName.Count -gt 0) {
            throw '-Local과 -ComputerName 중 하나만 사용하십시오.'
        }
        if (-not $ComputerFqdn) {
            $ComputerFqdn = [System.Net.Dns]::GetHostEntry([System.Net.Dns]::GetHostName()).HostName
        }
        $targets = @($ComputerFqdn.ToLowerInvariant())
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

    # 서버마다: 읽기 전용 단계, 그다음 (다른 값이 있으면) 확인과 변경.
    # 한 서버가 실패해도 다른 서버는 계속 진행하며, 마지막 표에 서버별 결과가 나옵니다.
    $results = New-Object System.Collections.ArrayList
    $failed = 0
    foreach ($server in $targets) {
        $status = ''
        $detail = ''
        $thumbprint = ''
        try {
            $checked = Invoke-ServerWork -Server $server -Apply $false
            $thumbprint = [string]$checked.Thumbprint
            # 결과는 원격을 거쳐 직렬화되어 돌아옵니다. 개수를 세기 전에 빈 항목을 버립니다.
            $problems = @($checked.Problems | Where-Object { $_ })
            $changes = @($checked.Changes | Where-Object { $_ })
            if ($problems.Count -gt 0) {
                foreach ($problem in $problems) {
                    Write-Host ($server + ': ' + $problem)
                }
                Write-Host ([string]$server + '의 올바른 인증서 확인(Exchange 관리 셸에서): Get-ExchangeCertificate -Server ' + $server + ' | Where-Object { $_.Services -match ''IIS'' } | Format-List Thumbprint,Subject,CertificateDomains,NotAfter,HasPrivateKey')
                $status = '실패'
                $detail = $problems -join ' '
                $failed++
            }
            elseif ($changes.Count -eq 0 -and -not $ForceRecycle) {
                $status = '정상'
                $detail = 'web.config가 이미 올바름'
            }
            elseif (Test-Change $server ('web.config 백업 후 쓰기, 그다음 MSExchangeOWAAppPool 재활용: ' + ($changes -join ', ') + ' (P-3.2, P-3.5, P-3.7)')) {
                $done = Invoke-ServerWork -Server $server -Apply $true
                $doneProblems = @($done.Problems | Where-Object { $_ })
                if ($doneProblems.Count -gt 0) {
                    $status = '실패'
                    $detail = $doneProblems -join ' '
                    $failed++
                }
                else {
                    $status = '변경됨'
                    $detail = (@($done.Changes | Where-Object { $_ }) -join ', ') + ' ' + [string]$done.BackupPath
                    if ($done.Recycled) {
                        $detail += (' ' + 'MSExchangeOWAAppPool 재활용됨')
                    }
                }
            }
            elseif ($WhatIfPreference) {
                $status = 'WHATIF(변경 안 함)'
                $detail = $changes -join ', '
            }
            else {
                $status = '거부됨(변경 안 함)'
                $detail = $changes -join ', '
                $failed++
            }
        }
        catch {
            Write-Host ($server + ': ' + $_.Exception.Message)
            $status = '실패'
            $detail = $_.Exception.Message
            if (-not $Local) {
                $detail += (' ' + '(원격: 서버에서 WinRM이 실행 중이어야 하고 계정이 그 서버의 로컬 Administrators 그룹에 속해야 합니다.)')
            }
            $failed++
        }
        [void]$results.Add([pscustomobject]@{ Server = $server; Status = $status; Thumbprint = $thumbprint; Detail = $detail })
    }

    # 서버별 결과.
    Write-Host ($results | Format-Table -AutoSize -Wrap | Out-String -Width 200)
    if ($failed -gt 0) {
        throw ('사서함 서버 ' + $targets.Count + '개 중 ' + [string]$failed + '개가 실패했거나 확인되지 않았습니다. 위의 표를 보고 문제를 해결한 다음 -ComputerName으로 다시 실행하십시오.')
    }
    Complete-Change ('SUCCESS: 사서함 서버 ' + $targets.Count + '개의 OWA web.config에 계획의 IMCertificateThumbprint와 IMServerName이 있으며, 다시 읽어 확인했습니다(P-3.2, P-9.1).')
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
