# =============================================================================
# 04-verify.ps1
# Lync Server 2013 - Outlook Web App 통합, 단계 "verify"
#
# 실행 위치 : 각 클라이언트 액세스 서버(-Part ClientAccessServer), Exchange 서버 한 대(-Part Exchange), Lync 프런트 엔드 서버 한 대(-Part Lync)
# 셸        : -Part에 따라 Exchange 관리 셸, Windows PowerShell 또는 Lync Server 관리 셸
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
# 통합을 읽기 전용으로 확인합니다(P-7.7). 아무것도 변경하지 않습니다. 부분마다 한 번씩 실행하십시오:
#   -Part Exchange           Exchange 서버의 Exchange 관리 셸에서
#   -Part ClientAccessServer 각 클라이언트 액세스 서버의 Windows PowerShell(관리자)에서
#   -Part Lync               Lync 프런트 엔드 서버의 Lync Server 관리 셸에서
# 그런 다음 OWA에 로그인하십시오. 이름 옆에 현재 상태 아이콘이 보이면 성공입니다(P-5.1).
# 이벤트 112는 Exchange 2013에 대해서만 문서화되어 있으므로 Exchange 2010에서는 확인하지 않습니다(P-7.7).
#Requires -Version 2.0
[CmdletBinding()]
param(
    # 실행할 확인 항목(스크립트를 실행하는 위치에 따라 다름, 위 참조).
    [Parameter(Mandatory = $true)]
    [ValidateSet('Exchange', 'ClientAccessServer', 'Lync')]
    [string]$Part,
    # 선택 사항: Lync에서 확인할 사용자의 SIP 주소(사용 설정 여부, SIP 주소, P-4.3).
    [string]$TestUser = '',
    # 이번 실행 기록(transcript)을 쓸 위치입니다.
    [string]$LogPath = (Join-Path $env:TEMP 'lyncowa-04-verify.log')
)

$ErrorActionPreference = 'Stop'
# Strict 모드 1.0은 설정되지 않은 변수를 잡아냅니다. 속성 검사(2.0)는 버전마다 속성이 다른
# cmdlet 개체에서 실패하므로, 그런 속성은 코드에서 따로 확인합니다.
Set-StrictMode -Version 1.0

# 계획의 값입니다.
$ImServerName = 'pool01.tailspin.example'
$CertificateThumbprint = '0123456789ABCDEF0123456789ABCDEF01234567'
$MailboxServers = @()
$ClientAccessServers = @('cas01.tailspin.example', 'cas02.tailspin.example')
$PolicyScope = 'NAMED'
$PolicyNames = @('Default', 'Sales Staff')
$OwaPoolFqdn = 'casarray.tailspin.example'
$ApplicationId = 'OutlookWebApp'
$Port = 5199
$SiteId = '1'

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
        # P-7.4: 각 클라이언트 액세스 서버의 OWA 디렉터리.
        foreach ($server in $ClientAccessServers) {
            $identity = $server.Split('.')[0] + '\owa (Default Web Site)'
            $directory = Get-OwaVirtualDirectory -Identity $identity
            Test-Check ($directory.InstantMessagingEnabled -and [string]$directory.InstantMessagingType -eq 'Ocs') ($identity + ': IM 사용, 유형 OCS(P-7.4)')
            Test-Check ([string]$directory.InstantMessagingServerName -eq $ImServerName) ($identity + ': InstantMessagingServerName이 ' + $ImServerName + '임(P-7.4)')
            Test-Check ([string]$directory.InstantMessagingCertificateThumbprint -eq $CertificateThumbprint) ($identity + ': InstantMessagingCertificateThumbprint가 ' + $CertificateThumbprint + '임(P-7.4)')
        }
        # P-4: 사서함 정책.
        if ($PolicyScope -eq 'ALL') { $policies = @(Get-OwaMailboxPolicy) }
        elseif ($PolicyScope -eq 'NAMED') { $policies = @($PolicyNames | ForEach-Object { Get-OwaMailboxPolicy -Identity $_ }) }
        else { $policies = @(Get-OwaMailboxPolicy -Identity 'Default') }
        foreach ($policy in $policies) {
            Test-Check ($policy.InstantMessagingEnabled -and [string]$policy.InstantMessagingType -eq 'Ocs') ([string]$policy.Identity + ': 사서함 정책에서 OCS IM 허용(P-4)')
        }
    }
    elseif ($Part -eq 'ClientAccessServer') {
        # P-7.1: OCS 2007 R2 Web Service Provider가 등록되어 있고 파일이 있는지 확인.
        $installPath = $env:ExchangeInstallPath
        if (-not $installPath) {
            throw 'ExchangeInstallPath가 설정되어 있지 않습니다. -Part ClientAccessServer는 Exchange 2010 클라이언트 액세스 서버에서 실행하십시오.'
        }
        $expected = Join-Path $installPath 'ClientAccess\Owa\bin\Microsoft.Rtc.UCWeb.dll'
        $imKey = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -ErrorAction SilentlyContinue
        $dllPath = ''
        if ($imKey -and $imKey.ImplementationDLLPath) { $dllPath = [string]$imKey.ImplementationDLLPath }
        Test-Check ($dllPath -eq $expected) ('ImplementationDLLPath가 ' + $expected + '임(P-7.1)')
        Test-Check (Test-Path -LiteralPath $expected -PathType Leaf) ($expected + ' 있음(P-7.1)')
    }
    else {
        # 올바른 셸인지 확인: Lync Server 관리 셸.
        if (-not (Get-Command Get-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
            throw 'Get-CsTrustedApplicationPool을 찾을 수 없습니다. -Part Lync는 Lync Server 관리 셸에서 실행하십시오.'
        }
        # P-2.3~P-2.7(2010: P-7.3).
        $pool = Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue
        Test-Check ([bool]$pool) ('신뢰할 수 있는 응용 프로그램 풀 ' + $OwaPoolFqdn + ' 있음(P-2.3)')
        if ($pool) {
            Test-Check ([string]$pool.Registrar -like ('*' + $ImServerName)) ('레지스트라가 ' + $ImServerName + '임(P-2.5, P-3.3)')
            # P-2.6: 풀은 사이트를 Identity(site:Redmond)로 표시하고, 계획에는 SiteId가 있습니다.
            $site = Get-CsSite | Where-Object { [string]$_.SiteId -eq $SiteId }
            Test-Check ([bool]$site -and [string]$pool.Site -eq [string]$site.Identity) ('사이트의 SiteId가 ' + $SiteId + '임(P-2.6)')
        }
        $application = Get-CsTrustedApplication -ErrorAction SilentlyContinue |
            Where-Object { $_.TrustedApplicationPoolFqdn -eq $OwaPoolFqdn -and $_.ApplicationId -like ('*' + $ApplicationId) }
        Test-Check ([bool]$application) ('풀에 신뢰할 수 있는 응용 프로그램 ' + $ApplicationId + ' 있음(P-2.7)')
        if ($application) {
            Test-Check ($application.Port -eq $Port) ('포트 ' + $Port + '에서 수신 대기(P-2.7)')
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
