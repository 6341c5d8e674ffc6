# =============================================================================
# 06-verify.ps1
# Lync Server 2013 - Outlook Web App 통합, 단계 "verify"
#
# 실행 위치 : 각 사서함 서버(-Part MailboxServer), Exchange 서버 한 대(-Part Exchange), Lync 프런트 엔드 서버 한 대(-Part Lync)
# 셸        : -Part에 따라 Exchange 관리 셸, Windows PowerShell 또는 Lync Server 관리 셸
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
# 통합을 읽기 전용으로 확인합니다(P-5.5). 아무것도 변경하지 않습니다. 부분마다 한 번씩 실행하십시오:
#   -Part Exchange           Exchange 서버의 Exchange 관리 셸에서
#   -Part MailboxServer      각 사서함 서버의 Windows PowerShell(관리자)에서
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
    # 이번 실행 기록(transcript)을 쓸 위치입니다.
    [string]$LogPath = (Join-Path $env:TEMP 'lyncowa-06-verify.log')
)

$ErrorActionPreference = 'Stop'
# Strict 모드 1.0은 설정되지 않은 변수를 잡아냅니다. 속성 검사(2.0)는 버전마다 속성이 다른
# cmdlet 개체에서 실패하므로, 그런 속성은 코드에서 따로 확인합니다.
Set-StrictMode -Version 1.0

# 계획의 값입니다.
$ImServerName = 'lyncpool.northwind.example'
$CertificateThumbprint = '1F2E3D4C5B6A798897A6B5C4D3E2F10011223344'
$MailboxServers = @('ex01.northwind.example', 'ex02.northwind.example')
$ClientAccessServers = @()
$PolicyScope = 'ALL'
$PolicyNames = @()

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
        # P-3.1: 프런트 엔드 OWA 가상 디렉터리.
        $directories = @()
        if ($ClientAccessServers.Count -gt 0) {
            foreach ($server in $ClientAccessServers) { $directories += @(Get-OwaVirtualDirectory -Server $server) }
        }
        else {
            $directories = @(Get-OwaVirtualDirectory)
        }
        Test-Check ($directories.Count -gt 0) '프런트 엔드 OWA 가상 디렉터리 있음(P-3.1)'
        foreach ($directory in $directories) {
            Test-Check ($directory.InstantMessagingEnabled -and [string]$directory.InstantMessagingType -eq 'Ocs') ([string]$directory.Identity + ': IM 사용, 유형 OCS(P-3.1)')
        }
        # P-3.4: 각 사서함 서버의 인증서.
        foreach ($server in $MailboxServers) {
            $certificate = Get-ExchangeCertificate -Server $server -Thumbprint $CertificateThumbprint -ErrorAction SilentlyContinue
            Test-Check ([bool]$certificate) ($server + ': 인증서 ' + $CertificateThumbprint + ' 있음(P-3.4)')
            if ($certificate) {
                Test-Check $certificate.HasPrivateKey ($server + ': 인증서에 개인 키 있음(P-3.4)')
                Test-Check ((Get-Date) -ge $certificate.NotBefore -and (Get-Date) -le $certificate.NotAfter) ($server + ': 인증서가 유효 기간 안에 있음(P-3.4)')
                Write-Host ('        도메인: ' + (($certificate.CertificateDomains | ForEach-Object { [string]$_ }) -join ', '))
            }
        }
        # P-4: 사서함 정책.
        if ($PolicyScope -eq 'ALL') { $policies = @(Get-OwaMailboxPolicy) }
        elseif ($PolicyScope -eq 'NAMED') { $policies = @($PolicyNames | ForEach-Object { Get-OwaMailboxPolicy -Identity $_ }) }
        else { $policies = @(Get-OwaMailboxPolicy -Identity 'Default') }
        foreach ($policy in $policies) {
            Test-Check ($policy.InstantMessagingEnabled -and [string]$policy.InstantMessagingType -eq 'Ocs') ([string]$policy.Identity + ': 사서함 정책에서 OCS IM 허용(P-4)')
        }
    }
    elseif ($Part -eq 'MailboxServer') {
        $installPath = $env:ExchangeInstallPath
        if (-not $installPath) {
            throw 'ExchangeInstallPath가 설정되어 있지 않습니다. -Part MailboxServer는 Exchange 2013 사서함 서버에서 실행하십시오.'
        }
        # P-1.4: UCMA 4.0 런타임.
        $imKey = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -ErrorAction SilentlyContinue
        $dllPath = ''
        if ($imKey -and ($imKey.PSObject.Properties.Name -contains 'ImplementationDLLPath')) { $dllPath = [string]$imKey.ImplementationDLLPath }
        Test-Check ($dllPath -and (Test-Path -LiteralPath $dllPath -PathType Leaf)) ('UCMA 4.0: ImplementationDLLPath가 존재하는 파일을 가리킴: ' + $dllPath + ' (P-1.4)')
        # P-3.2: web.config 키를 계획과 비교.
        $webConfigPath = Join-Path $installPath 'ClientAccess\Owa\web.config'
        $document = New-Object System.Xml.XmlDocument
        $document.Load($webConfigPath)
        $settings = @($document.SelectNodes('/configuration/appSettings/add'))
        foreach ($pair in @(@('IMCertificateThumbprint', $CertificateThumbprint), @('IMServerName', $ImServerName))) {
            $found = @($settings | Where-Object { $_.GetAttribute('key') -eq $pair[0] })
            Test-Check ($found.Count -eq 1 -and $found[0].GetAttribute('value') -eq $pair[1]) ('web.config ' + $pair[0] + ' = ' + $pair[1] + ' (P-3.2, CU를 설치할 때마다 web.config 스크립트를 다시 실행, P-3.6)')
        }
        # P-3.4: 로컬 저장소의 인증서.
        $certificate = Get-Item -LiteralPath (Join-Path 'Cert:\LocalMachine\My' $CertificateThumbprint) -ErrorAction SilentlyContinue
        Test-Check ([bool]$certificate) ('Cert:\LocalMachine\My에 인증서 ' + $CertificateThumbprint + ' 있음(P-3.4)')
        if ($certificate) {
            Test-Check $certificate.HasPrivateKey '인증서에 개인 키 있음(P-3.4)'
            Test-Check ((Get-Date) -ge $certificate.NotBefore -and (Get-Date) -le $certificate.NotAfter) '인증서가 유효 기간 안에 있음(P-3.4)'
        }
        # P-5.3: OWA가 연결을 시도하면 IM 로그 폴더가 생깁니다.
        $logFolder = Join-Path $installPath 'Logging\OWA\InstantMessaging'
        Test-Check (Test-Path -LiteralPath $logFolder) ('IM 로그 폴더 있음: ' + $logFolder + ' (P-5.3, 먼저 OWA에 로그인)')
        # P-5.2, P-5.3: 이벤트 112와 알려진 MSExchange OWA 실패 이벤트.
        $events = @(Get-WinEvent -FilterHashtable @{ LogName = 'Application'; ProviderName = 'MSExchange OWA'; Id = 112, 75, 78, 83, 84, 88, 100, 101, 102, 103, 104, 105, 106 } -MaxEvents 50 -ErrorAction SilentlyContinue)
        Test-Check (@($events | Where-Object { $_.Id -eq 112 }).Count -gt 0) 'OWA 로그인 후 이벤트 112(IM 끝점 관리자 초기화됨)(P-5.2)'
        foreach ($failure in @($events | Where-Object { $_.Id -ne 112 } | Select-Object -First 10)) {
            Write-Warning ('MSExchange OWA 이벤트 ' + $failure.Id + ', ' + $failure.TimeCreated + ' (P-5.3: 참고용): ' + $failure.Message)
        }
    }
    else {
        # 올바른 셸인지 확인: Lync Server 관리 셸.
        if (-not (Get-Command Get-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
            throw 'Get-CsTrustedApplicationPool을 찾을 수 없습니다. -Part Lync는 Lync Server 관리 셸에서 실행하십시오.'
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
