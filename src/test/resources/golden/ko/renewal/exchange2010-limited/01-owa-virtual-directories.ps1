# =============================================================================
# 01-owa-virtual-directories.ps1
# Lync Server 2013 - Outlook Web App 통합, 단계 "owa-virtual-directories"
# 인증서 갱신: 이 스크립트는 계획에 있는 갱신된 인증서의 지문을 적용합니다(P-8.8, P-3.6, P-7.4).
# 갱신에는 이 스크립트와 확인 스크립트만 있으면 됩니다.
#
# 실행 위치 : Exchange 2010 서버 한 대(PowerShell 원격으로 각 클라이언트 액세스 서버에 연결)
# 셸        : Exchange 관리 셸
#
# 계획 값(참고용으로 표시하며, 스크립트는 이 값을 작은따옴표 리터럴로만 사용합니다):
#   계획 제목                  : Exchange 2010 (limited features, Client Access servers)
#   Exchange 버전              : EXCHANGE_2010
#   OWA/신뢰할 수 있는 풀 FQDN : casarray.tailspin.example
#   레지스트라 풀 FQDN         : pool01.tailspin.example
#   사이트 ID                  : 1
#   응용 프로그램 ID           : OutlookWebApp
#   포트                       : 5199
#   풀 컴퓨터                  : cas01.tailspin.example, cas02.tailspin.example
#   IM 서버 이름               : pool01.tailspin.example
#   인증서 지문                : 0123456789ABCDEF0123456789ABCDEF01234567
#   사서함 서버                : -
#   클라이언트 액세스 서버     : cas01.tailspin.example, cas02.tailspin.example
#   사서함 정책 범위           : NAMED: Default, Sales Staff
#
# 생성 도구: lync-owa-wizard test, 생성 시각: 2026-01-01T00:00:00Z
# 변경을 하는 스크립트는 -WhatIf를 지원합니다. 먼저 -WhatIf로 실행해 보십시오.
# 실행할 때마다 -LogPath에 실행 기록(transcript)이 남습니다(기본값은 $env:TEMP 아래).
# =============================================================================
#
# Exchange 2010(P-7.4, P-7.5). 계획의 각 클라이언트 액세스 서버마다:
#   Set-OwaVirtualDirectory -Identity '<CAS>\owa (Default Web Site)'
#     -InstantMessagingEnabled $True -InstantMessagingType OCS
#     -InstantMessagingServerName <Lync 풀> -InstantMessagingCertificateThumbprint <해당 CAS의 지문>
# -Identity 없이 실행하지 마십시오. 조직의 모든 OWA 디렉터리가 변경됩니다.
# Exchange 2010 SP1 이상에서는 web.config를 편집하지 않습니다(P-7.4).
# 무엇이든 변경하기 전에 모든 클라이언트 액세스 서버에서 확인합니다: 인증서가 있고, 개인 키가 있으며,
# 유효 기간 안에 있고, 주체가 CAS(또는 CAS 배열) FQDN인지(P-7.2, P-9.2), 그리고 OCS 2007 R2 웹 서비스
# 공급자가 등록되어 있는지(P-7.1). 문제가 하나라도 있으면 FAILURE이며 아무것도 변경하지 않습니다.
# 그다음 디렉터리가 변경된 각 클라이언트 액세스 서버에서 "iisreset /noforce"로 IIS를 다시 시작합니다(P-7.5,
# 근거 보통: 환경에서 확인하십시오). 다른 서버에는 PowerShell 원격을 사용합니다(Exchange 2010 관리 셸 자체가
# 사용하는 WinRM과, 그 서버의 로컬 Administrators 그룹에 속한 계정이 필요).
# 필수 구성 요소(P-7.1): 모든 클라이언트 액세스 서버에 OCS 2007 R2 웹 서비스 공급자와 UCMA 2.0,
# 그리고 해당 핫픽스(핫픽스: 근거 보통, 환경에서 확인하십시오).
# 두 번 실행해도 안전합니다. 계획과 다른 디렉터리만 변경합니다.
# P-9.1: Exchange 관리 셸 cmdlet은 암시적 원격으로 실행되므로 스크립트의 $ErrorActionPreference가
# 적용되지 않습니다. 모든 Exchange cmdlet에 -ErrorAction Stop을 붙이고, 모든 변경은 해당 Get- cmdlet으로
# 다시 읽어 확인합니다. 값이 다르면 FAILURE입니다.
#Requires -Version 2.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    # IIS 다시 시작을 건너뜁니다(P-7.5). 예: 나중에 한가한 시간에 하려는 경우.
    [switch]$SkipIisReset,
    # 이번 실행 기록(transcript)을 쓸 위치입니다.
    [string]$LogPath = (Join-Path $env:TEMP 'lyncowa-01-owa-virtual-directories.log'),
    # 롤백을 위해 이전 값을 기록할 위치입니다(기본값: -LogPath 옆의 lyncowa-exchange-before.xml, P-9.9).
    [string]$BeforePath = ''
)

$ErrorActionPreference = 'Stop'
# Strict 모드 1.0은 설정되지 않은 변수를 잡아냅니다. 속성 검사(2.0)는 버전마다 속성이 다른
# cmdlet 개체에서 실패하므로, 그런 속성은 코드에서 따로 확인합니다.
Set-StrictMode -Version 1.0

# 계획의 값입니다.
$ClientAccessServers = @('cas01.tailspin.example', 'cas02.tailspin.example')
# P-3.3: Lync Server 2013 풀
$ImServerName = 'pool01.tailspin.example'
# P-9.2: THUMBPRINT = 아래의 지문, IIS = 각 서버의 IIS(포트 443)에 바인딩된 인증서.
$CertificateSource = 'THUMBPRINT'
# P-7.2, P-9.2: 각 CAS의 IIS 인증서(IIS이면 비어 있으며 스크립트가 찾음)
$Certificates = @{ 'cas01.tailspin.example' = '0123456789ABCDEF0123456789ABCDEF01234567'; 'cas02.tailspin.example' = '0123456789ABCDEF0123456789ABCDEF01234567' }
# P-7.2: CAS 배열을 사용하면 인증서의 주체가 배열 FQDN(신뢰할 수 있는 풀 FQDN)일 수 있습니다.
$ArrayFqdn = 'casarray.tailspin.example'

# 한 클라이언트 액세스 서버에서 읽기 전용 확인 또는 iisreset을 실행합니다. 이 컴퓨터이면 여기서, 아니면 Invoke-Command로 실행합니다.
function Invoke-OnServer([string]$Server, [scriptblock]$Block) {
    if ($Server -eq $thisComputer) {
        return (& $Block | Select-Object -Last 1)
    }
    return (Invoke-Command -ComputerName $Server -ScriptBlock $Block -ErrorAction Stop | Select-Object -Last 1)
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

# P-9.9: 디렉터리나 정책을 처음 바꾸기 전에 스크립트는 이전 IM 값을 트랜스크립트 옆의
# lyncowa-exchange-before.xml(또는 -BeforePath)에 기록합니다. 이미 있는 항목은 유지하므로 다시 실행해도
# 설정 전의 값을 덮어쓰지 않습니다. rollback -Part Exchange -BeforePath <파일>이 이 값을 복원합니다.
function Save-Before([string]$Kind, $Object, [string[]]$Properties) {
    if (-not $BeforePath) {
        $script:BeforePath = Join-Path (Split-Path -Parent $LogPath) 'lyncowa-exchange-before.xml'
    }
    $records = @()
    if (Test-Path -Path $BeforePath) {
        $records = @(Import-Clixml -Path $BeforePath)
    }
    $identity = [string]$Object.Identity
    if (@($records | Where-Object { $_.Kind -eq $Kind -and $_.Identity -eq $identity }).Count -gt 0) {
        return
    }
    $record = New-Object PSObject -Property @{ Kind = $Kind; Identity = $identity }
    foreach ($name in $Properties) {
        $record | Add-Member -MemberType NoteProperty -Name $name -Value ([string]$Object.$name)
    }
    $records += $record
    $records | Export-Clixml -Path $BeforePath -WhatIf:$false -Confirm:$false
    Write-Host ([string]$identity + '의 이전 값을 ' + $BeforePath + '에 기록했습니다(P-9.9).')
}

try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    # 올바른 셸인지 확인: OWA cmdlet은 Exchange 관리 셸에 있습니다.
    if (-not (Get-Command Set-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
        throw 'Set-OwaVirtualDirectory를 찾을 수 없습니다. 이 스크립트는 Exchange 2010 관리 셸에서 실행하십시오.'
    }
    $thisComputer = ([System.Net.Dns]::GetHostEntry([System.Net.Dns]::GetHostName())).HostName.ToLowerInvariant()
    # 올바른 서버인지 확인: 지정된 각 서버가 Exchange 2010 클라이언트 액세스 서버여야 합니다.
    foreach ($server in $ClientAccessServers) {
        $exchangeServer = Get-ExchangeServer -Identity $server -ErrorAction Stop
        if (-not $exchangeServer.IsClientAccessServer -or [string]$exchangeServer.AdminDisplayVersion -notmatch '^Version 14\.') {
            throw ($server + '은(는) Exchange 2010 클라이언트 액세스 서버가 아닙니다.')
        }
    }

    # P-7.2, P-9.2: 변경하기 전에 각 클라이언트 액세스 서버의 인증서를 확인합니다(Get-ExchangeCertificate -Server).
    $thumbprints = @{}
    $problems = @()
    foreach ($server in $ClientAccessServers) {
        $thumbprint = [string]$Certificates[$server]
        if ($CertificateSource -eq 'IIS') {
            $iis = @(Get-ExchangeCertificate -Server $server -ErrorAction Stop | Where-Object { [string]$_.Services -match 'IIS' })
            if ($iis.Count -ne 1) {
                $problems += ($server + ': IIS 서비스가 할당된 Exchange 인증서가 정확히 하나여야 하는데 ' + $iis.Count + '개입니다(P-7.2).')
                continue
            }
            $thumbprint = [string]$iis[0].Thumbprint
        }
        $thumbprints[$server] = $thumbprint
        $certificate = $null
        try {
            $certificate = Get-ExchangeCertificate -Server $server -Thumbprint $thumbprint -ErrorAction Stop
        }
        catch {
            $problems += ($server + ': 지문이 ' + $thumbprint + '인 인증서가 없습니다(P-7.2, P-9.2).')
            continue
        }
        if (-not $certificate.HasPrivateKey) {
            $problems += ($server + ': 인증서 ' + $thumbprint + '에 개인 키가 없습니다(P-9.2).')
        }
        if ((Get-Date) -lt $certificate.NotBefore -or (Get-Date) -gt $certificate.NotAfter) {
            $problems += ($server + ': 인증서 ' + $thumbprint + '이(가) 유효 기간을 벗어났습니다(NotAfter ' + $certificate.NotAfter + ')(P-9.2).')
        }
        $subjectName = ''
        if ([string]$certificate.Subject -match '(^|,\s*)CN=([^,]+)') {
            $subjectName = $Matches[2].Trim()
        }
        if ($subjectName -ne $server -and (-not $ArrayFqdn -or $subjectName -ne $ArrayFqdn)) {
            $problems += ($server + ': 인증서 ' + $thumbprint + '의 주체가 ' + [string]$certificate.Subject + '입니다. CN=' + $server + ' 또는 CAS 배열 FQDN ' + $ArrayFqdn + '이어야 합니다(P-7.2).')
        }
        if ($subjectName -like '`*.*') {
            Write-Warning ($server + ': 와일드카드 인증서입니다. 와일드카드 인증서는 Exchange-Lync 신뢰를 깨뜨리는 것으로 알려져 있습니다(P-3.4).')
        }
    }
    if ($problems.Count -gt 0) {
        foreach ($server in $ClientAccessServers) {
            Write-Host ([string]$server + '의 올바른 인증서 확인(Exchange 관리 셸에서): Get-ExchangeCertificate -Server ' + $server + ' | Where-Object { $_.Services -match ''IIS'' } | Format-List Thumbprint,Subject,CertificateDomains,NotAfter,HasPrivateKey')
        }
        throw ($problems -join ' ')
    }

    # P-7.1: 각 클라이언트 액세스 서버에서 ImplementationDLLPath가
    # <ExchangeInstallPath>\ClientAccess\Owa\bin\Microsoft.Rtc.UCWeb.dll을 가리키고 파일이 있는지 확인합니다(원격으로 읽음).
    foreach ($server in $ClientAccessServers) {
        if ($server -ne $thisComputer) {
            try {
                [void](Test-WSMan -ComputerName $server -ErrorAction Stop)
            }
            catch {
                throw ($server + ': PowerShell 원격(WinRM)이 응답하지 않습니다: ' + $_.Exception.Message + '. 그 서버에서 원격을 사용하도록 설정하고 로컬 Administrators 그룹에 속한 계정을 사용하십시오. 아무것도 변경하지 않았습니다.')
            }
        }
        $provider = Invoke-OnServer $server {
            $expected = ''
            if ($env:ExchangeInstallPath) {
                $expected = Join-Path $env:ExchangeInstallPath 'ClientAccess\Owa\bin\Microsoft.Rtc.UCWeb.dll'
            }
            $key = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -ErrorAction SilentlyContinue
            $dllPath = ''
            if ($key -and ($key.PSObject.Properties.Name -contains 'ImplementationDLLPath')) {
                $dllPath = [string]$key.ImplementationDLLPath
            }
            New-Object PSObject -Property @{
                Expected = $expected
                DllPath  = $dllPath
                Exists   = [bool]($dllPath -and (Test-Path -LiteralPath $dllPath -PathType Leaf))
            }
        }
        if (-not $provider.Expected -or [string]$provider.DllPath -ne [string]$provider.Expected -or -not $provider.Exists) {
            throw ($server + ': OCS 2007 R2 웹 서비스 공급자가 등록되어 있지 않습니다. ImplementationDLLPath는 "' + $provider.DllPath + '"이며, 존재하는 "' + $provider.Expected + '"이어야 합니다. 먼저 CWAOWASSPMain.msi와 핫픽스를 설치하십시오(P-7.1). 아무것도 변경하지 않았습니다.')
        }
        Write-Host ($server + ': 웹 서비스 공급자가 등록되어 있습니다: ' + $provider.DllPath + ' (P-7.1)')
    }

    $changedServers = @()
    foreach ($server in $ClientAccessServers) {
        # 디렉터리 ID는 짧은 서버 이름을 사용합니다: '<CAS>\owa (Default Web Site)'.
        $shortName = $server.Split('.')[0]
        $identity = $shortName + '\owa (Default Web Site)'
        $thumbprint = $thumbprints[$server]
        $directory = Get-OwaVirtualDirectory -Identity $identity -ErrorAction Stop
        $same = $directory.InstantMessagingEnabled -and
            [string]$directory.InstantMessagingType -eq 'Ocs' -and
            [string]$directory.InstantMessagingServerName -eq $ImServerName -and
            [string]$directory.InstantMessagingCertificateThumbprint -eq $thumbprint
        if ($same) {
            Write-Host ('이미 설정됨: ' + $identity)
            continue
        }
        if (Test-Change $identity 'Set-OwaVirtualDirectory IM 설정(P-7.4)') {
            Save-Before 'OwaVirtualDirectory' $directory @('InstantMessagingEnabled', 'InstantMessagingType', 'InstantMessagingServerName', 'InstantMessagingCertificateThumbprint')
            Set-OwaVirtualDirectory -Identity $identity -InstantMessagingEnabled $true -InstantMessagingType OCS `
                -InstantMessagingServerName $ImServerName -InstantMessagingCertificateThumbprint $thumbprint -Confirm:$false -ErrorAction Stop
            # P-9.1: 값을 다시 읽고 다르면 실패로 처리합니다.
            $after = Get-OwaVirtualDirectory -Identity $identity -ErrorAction Stop
            $right = $after.InstantMessagingEnabled -and
                [string]$after.InstantMessagingType -eq 'Ocs' -and
                [string]$after.InstantMessagingServerName -eq $ImServerName -and
                [string]$after.InstantMessagingCertificateThumbprint -eq $thumbprint
            if (-not $right) {
                throw ('다시 읽기: 변경 후 ' + $identity + '의 InstantMessagingServerName은 ' + $after.InstantMessagingServerName + ', 지문은 ' + $after.InstantMessagingCertificateThumbprint + '입니다(P-9.1).')
            }
            Write-Host ('설정함: ' + $identity)
            $changedServers += $server
        }
    }

    # P-7.5(근거 보통), P-9.8: 디렉터리가 변경된 각 클라이언트 액세스 서버에서 IIS를 다시 시작하며,
    # iisreset의 종료 코드로 판단합니다.
    if ($SkipIisReset -and $changedServers.Count -gt 0) {
        Write-Warning ('IIS를 다시 시작하지 않았습니다(-SkipIisReset). ' + ($changedServers -join ', ') + '에서 "iisreset /noforce"를 실행하십시오(P-7.5).')
    }
    elseif (-not $SkipIisReset) {
        foreach ($server in $changedServers) {
            if (Test-Change $server 'iisreset /noforce (P-7.5)') {
                $reset = Invoke-OnServer $server {
                    $output = & "$env:windir\System32\iisreset.exe" /noforce | Out-String
                    New-Object PSObject -Property @{ ExitCode = $LASTEXITCODE; Output = $output }
                }
                Write-Host ([string]$reset.Output).Trim()
                if ($reset.ExitCode -ne 0) {
                    throw ($server + ': iisreset /noforce가 실패했습니다. 종료 코드: ' + $reset.ExitCode + '(P-9.8)')
                }
                Write-Host ($server + ': IIS를 다시 시작했습니다(P-7.5).')
            }
        }
    }

    Complete-Change 'SUCCESS: 클라이언트 액세스 서버의 OWA 가상 디렉터리가 Lync IM용으로 설정되었습니다(P-7.4).'
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
