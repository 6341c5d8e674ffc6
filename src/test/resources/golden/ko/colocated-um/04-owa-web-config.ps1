# =============================================================================
# 04-owa-web-config.ps1
# Lync Server 2013 - Outlook Web App 통합, 단계 "owa-web-config"
#
# 실행 위치 : 각 Exchange 2013 사서함 서버
# 셸        : Windows PowerShell(관리자 권한으로 실행)
#
# 계획 값(참고용으로 표시하며, 스크립트는 이 값을 작은따옴표 리터럴로만 사용합니다):
#   계획 제목                  : UM services on one server (no trusted pool)
#   Exchange 버전              : EXCHANGE_2013
#   IM 서버 이름               : lyncpool.northwind.example
#   인증서 지문                : 1F2E3D4C5B6A798897A6B5C4D3E2F10011223344
#   사서함 서버                : ex01.northwind.example, ex02.northwind.example
#   클라이언트 액세스 서버     : -
#   사서함 정책 범위           : ALL
#
# 생성 도구: lync-owa-wizard test, 생성 시각: 2026-01-01T00:00:00Z
# 변경을 하는 스크립트는 -WhatIf를 지원합니다. 먼저 -WhatIf로 실행해 보십시오.
# 실행할 때마다 -LogPath에 실행 기록(transcript)이 남습니다(기본값은 $env:TEMP 아래).
# =============================================================================
#
# P-3.2~P-3.7: 이 Exchange 2013 사서함(백 엔드) 서버에서 다음 두 키를
#   <add key="IMCertificateThumbprint" value="<지문>"/>
#   <add key="IMServerName" value="<Lync 풀 FQDN>"/>
# <ExchangeInstallPath>\ClientAccess\Owa\web.config의 <appSettings> 아래에 설정한 다음
# MSExchangeOWAAppPool을 재활용합니다. 계획의 각 사서함 서버에서, 관리자 권한으로 실행한
# Windows PowerShell에서 실행하십시오.
# P-3.3: IMServerName은 OWA용 신뢰할 수 있는 응용 프로그램 풀을 호스팅하는 Lync Server 풀
# (-Registrar 풀)이며, OWA 풀이 아닙니다.
# P-3.5: web.config는 쓰기 전에 백업하고(같은 폴더에 타임스탬프가 붙은 사본), XML로 구문 분석하며,
# 키는 대/소문자를 구분하지 않고 찾고(대/소문자만 다른 중복 키는 제거),
# 변경된 내용이 있을 때만 파일을 씁니다.
# P-3.6: Exchange 2013 누적 업데이트(CU)는 web.config를 덮어씁니다. CU를 설치할 때마다 이 스크립트를
# 다시 실행하십시오. 값이 이미 올바르면 아무것도 변경하지 않습니다.
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    # 계획에 있는 이 서버의 FQDN입니다. 기본값은 이 컴퓨터의 DNS 이름입니다.
    [string]$ComputerFqdn = '',
    # web.config가 이미 올바르더라도 MSExchangeOWAAppPool을 재활용합니다
    # (예: 이전 실행에서 파일은 바뀌었지만 재활용이 실패한 경우).
    [switch]$ForceRecycle,
    # 이번 실행 기록(transcript)을 쓸 위치입니다.
    [string]$LogPath = (Join-Path $env:TEMP 'lyncowa-04-owa-web-config.log')
)

$ErrorActionPreference = 'Stop'
# Strict 모드 1.0은 설정되지 않은 변수를 잡아냅니다. 속성 검사(2.0)는 버전마다 속성이 다른
# cmdlet 개체에서 실패하므로, 그런 속성은 코드에서 따로 확인합니다.
Set-StrictMode -Version 1.0

# 계획의 값입니다.
$MailboxServers = @('ex01.northwind.example', 'ex02.northwind.example')
# P-3.4: 16진수 40자리, 대문자
$CertificateThumbprint = '1F2E3D4C5B6A798897A6B5C4D3E2F10011223344'
# P-3.3
$ImServerName = 'lyncpool.northwind.example'

$AppPoolName = 'MSExchangeOWAAppPool'
$WantedKeys = [ordered]@{
    'IMCertificateThumbprint' = $CertificateThumbprint
    'IMServerName'            = $ImServerName
}

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
    # 올바른 셸인지 확인: 관리자 권한으로 실행한 Windows PowerShell(web.config와 appcmd에 필요).
    # PowerShell 3.0에는 #Requires -RunAsAdministrator가 없으므로 여기서 직접 확인합니다.
    $principal = New-Object System.Security.Principal.WindowsPrincipal([System.Security.Principal.WindowsIdentity]::GetCurrent())
    if (-not $principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)) {
        throw '이 스크립트는 관리자 권한으로 실행한 Windows PowerShell에서 실행해야 합니다(관리자 권한으로 실행).'
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
        throw '이 컴퓨터에는 Exchange Server 2013이 설치되어 있지 않습니다(ExchangeInstallPath 없음).'
    }
    if (-not (Test-Path -LiteralPath 'HKLM:\SOFTWARE\Microsoft\ExchangeServer\v15\MailboxRole')) {
        throw '이 컴퓨터는 Exchange 2013 사서함 서버가 아닙니다. 계획의 각 사서함 서버에서 스크립트를 실행하십시오.'
    }
    $webConfigPath = Join-Path $installPath 'ClientAccess\Owa\web.config'
    if (-not (Test-Path -LiteralPath $webConfigPath -PathType Leaf)) {
        throw ('OWA web.config를 찾을 수 없습니다: ' + $webConfigPath)
    }
    $appcmd = Join-Path $env:windir 'System32\inetsrv\appcmd.exe'
    if (-not (Test-Path -LiteralPath $appcmd -PathType Leaf)) {
        throw ('appcmd.exe를 찾을 수 없습니다: ' + $appcmd)
    }

    # 계획에 있는 서버인지 확인.
    if (-not $ComputerFqdn) {
        $ComputerFqdn = [System.Net.Dns]::GetHostEntry([System.Net.Dns]::GetHostName()).HostName
    }
    $ComputerFqdn = $ComputerFqdn.ToLowerInvariant()
    if ($MailboxServers -notcontains $ComputerFqdn) {
        throw ('이 컴퓨터(' + $ComputerFqdn + ')는 계획의 사서함 서버(' + ($MailboxServers -join ', ') + ')가 아닙니다. 계획에 있는 이름이 다르면 -ComputerFqdn을 지정하십시오.')
    }

    # P-1.4: UCMA 4.0 런타임이 등록되어 있고 파일이 있는지 확인.
    $imKey = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -ErrorAction SilentlyContinue
    $dllPath = $null
    if ($imKey -and ($imKey.PSObject.Properties.Name -contains 'ImplementationDLLPath')) {
        $dllPath = [string]$imKey.ImplementationDLLPath
    }
    if (-not $dllPath -or -not (Test-Path -LiteralPath $dllPath -PathType Leaf)) {
        throw 'UCMA 4.0 런타임이 없습니다. HKLM\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging 아래의 ImplementationDLLPath가 존재하는 Microsoft.Rtc.Internal.Ucweb.dll을 가리키지 않습니다. 먼저 UCMA 4.0 런타임을 설치하십시오(P-1.4).'
    }

    # P-3.4: 인증서가 이 서버에 있고, 개인 키가 있으며, 유효 기간 안에 있고, 와일드카드가 아니어야 합니다.
    $certificate = Get-Item -LiteralPath (Join-Path 'Cert:\LocalMachine\My' $CertificateThumbprint) -ErrorAction SilentlyContinue
    if (-not $certificate) {
        Write-Warning ('이 서버의 Cert:\LocalMachine\My에 지문이 ' + $CertificateThumbprint + '인 인증서가 없습니다(P-3.4).')
    }
    else {
        if (-not $certificate.HasPrivateKey) {
            Write-Warning '인증서에 개인 키가 없습니다(P-3.4).'
        }
        $now = Get-Date
        if ($now -lt $certificate.NotBefore -or $now -gt $certificate.NotAfter) {
            Write-Warning ('인증서가 유효 기간(' + $certificate.NotBefore + ' - ' + $certificate.NotAfter + ')을 벗어났습니다(P-3.4).')
        }
        if ($certificate.Subject -like '*CN=`**') {
            Write-Warning '와일드카드 인증서입니다. 와일드카드 인증서는 Exchange-Lync 신뢰를 깨뜨리는 것으로 알려져 있습니다(P-3.4).'
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

    $changes = @()
    foreach ($key in $WantedKeys.Keys) {
        $value = $WantedKeys[$key]
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
    if ($changes.Count -eq 0) {
        Write-Host ('web.config의 값이 이미 올바릅니다: ' + $webConfigPath)
    }
    elseif (Test-Change $webConfigPath ('web.config 백업 후 쓰기: ' + ($changes -join ', ') + ' (P-3.2, P-3.5)')) {
        $backupPath = $webConfigPath + '.' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.bak'
        Copy-Item -LiteralPath $webConfigPath -Destination $backupPath -Confirm:$false
        Write-Host ('백업: ' + $backupPath)
        $document.Save($webConfigPath)
        Write-Host ('web.config에 썼습니다: ' + ($changes -join ', '))
        $written = $true
    }

    # P-3.7: 새 키를 읽도록 OWA 응용 프로그램 풀을 재활용합니다.
    if (($written -or $ForceRecycle) -and (Test-Change $AppPoolName 'appcmd recycle apppool (P-3.7)')) {
        $output = & $appcmd recycle apppool ('/apppool.name:' + $AppPoolName) 2>&1 | Out-String
        Write-Host $output.Trim()
        if ($output -notmatch '"MSExchangeOWAAppPool" successfully recycled') {
            throw ([string]$AppPoolName + ' 재활용이 성공했다는 응답이 없습니다(P-3.7).')
        }
    }

    Complete-Change ('SUCCESS: ' + $ComputerFqdn + '의 OWA web.config에 계획의 IMCertificateThumbprint와 IMServerName이 있습니다(P-3.2).')
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
