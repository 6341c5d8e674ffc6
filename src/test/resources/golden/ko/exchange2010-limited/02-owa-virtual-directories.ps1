# =============================================================================
# 02-owa-virtual-directories.ps1
# Lync Server 2013 - Outlook Web App 통합, 단계 "owa-virtual-directories"
#
# 실행 위치 : 각 Exchange 2010 클라이언트 액세스 서버
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
# Exchange 2010(P-7.4, P-7.5). 계획의 클라이언트 액세스 서버 각각에 대해:
#   Set-OwaVirtualDirectory -Identity '<CAS>\owa (Default Web Site)'
#     -InstantMessagingEnabled $True -InstantMessagingType OCS
#     -InstantMessagingServerName <Lync 풀> -InstantMessagingCertificateThumbprint <지문>
# -Identity 없이 실행하면 안 됩니다. 조직의 모든 OWA 디렉터리가 변경됩니다.
# Exchange 2010 SP1 이상에서는 web.config를 편집하지 않습니다(P-7.4).
# 그런 다음 이 스크립트를 실행한 클라이언트 액세스 서버에서 "iisreset /noforce"로 IIS를
# 다시 시작합니다(P-7.5, 근거 보통: 사용자 환경에서 확인하십시오). 스크립트를 각 클라이언트
# 액세스 서버에서 실행하거나, 한 번 실행한 뒤 나머지 서버에서 "iisreset /noforce"를 실행하십시오.
# 필수 구성 요소(P-7.1): 모든 클라이언트 액세스 서버에 OCS 2007 R2 Web Service Provider와 UCMA 2.0 및
# 해당 핫픽스(핫픽스는 근거 보통: 사용자 환경에서 확인하십시오).
# 두 번 실행해도 안전합니다. 계획과 다른 디렉터리만 변경합니다.
#Requires -Version 2.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    # 이 컴퓨터에서 IIS를 다시 시작하지 않습니다(P-7.5). 예: 한가한 시간에 나중에 할 때.
    [switch]$SkipIisReset,
    # 이번 실행 기록(transcript)을 쓸 위치입니다.
    [string]$LogPath = (Join-Path $env:TEMP 'lyncowa-02-owa-virtual-directories.log')
)

$ErrorActionPreference = 'Stop'
# Strict 모드 1.0은 설정되지 않은 변수를 잡아냅니다. 속성 검사(2.0)는 버전마다 속성이 다른
# cmdlet 개체에서 실패하므로, 그런 속성은 코드에서 따로 확인합니다.
Set-StrictMode -Version 1.0

# 계획의 값입니다.
$ClientAccessServers = @('cas01.tailspin.example', 'cas02.tailspin.example')
# P-3.3: Lync Server 2013 풀
$ImServerName = 'pool01.tailspin.example'
# P-7.2: CAS의 IIS 인증서
$CertificateThumbprint = '0123456789ABCDEF0123456789ABCDEF01234567'

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
    # 올바른 셸인지 확인: OWA cmdlet은 Exchange 관리 셸에 있습니다.
    if (-not (Get-Command Set-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
        throw 'Set-OwaVirtualDirectory를 찾을 수 없습니다. 이 스크립트는 Exchange 2010 관리 셸에서 실행하십시오.'
    }
    # 올바른 서버인지 확인: 지정된 각 서버가 Exchange 2010 클라이언트 액세스 서버여야 합니다.
    foreach ($server in $ClientAccessServers) {
        $exchangeServer = Get-ExchangeServer -Identity $server
        if (-not $exchangeServer.IsClientAccessServer -or [string]$exchangeServer.AdminDisplayVersion -notlike 'Version 14*') {
            throw ($server + '은(는) Exchange 2010 클라이언트 액세스 서버가 아닙니다.')
        }
    }

    foreach ($server in $ClientAccessServers) {
        # 디렉터리 ID에는 짧은 서버 이름을 씁니다: '<CAS>\owa (Default Web Site)'.
        $shortName = $server.Split('.')[0]
        $identity = $shortName + '\owa (Default Web Site)'
        $directory = Get-OwaVirtualDirectory -Identity $identity
        $same = $directory.InstantMessagingEnabled -and
            [string]$directory.InstantMessagingType -eq 'Ocs' -and
            [string]$directory.InstantMessagingServerName -eq $ImServerName -and
            [string]$directory.InstantMessagingCertificateThumbprint -eq $CertificateThumbprint
        if ($same) {
            Write-Host ('이미 설정됨: ' + $identity)
            continue
        }
        if (Test-Change $identity ('Set-OwaVirtualDirectory IM 설정(P-7.4)')) {
            Set-OwaVirtualDirectory -Identity $identity -InstantMessagingEnabled $true -InstantMessagingType OCS `
                -InstantMessagingServerName $ImServerName -InstantMessagingCertificateThumbprint $CertificateThumbprint -Confirm:$false
            Write-Host ('설정함: ' + $identity)
        }
    }

    # P-7.5(근거 보통): OWA가 설정을 읽도록 이 클라이언트 액세스 서버에서 IIS를 다시 시작합니다.
    $thisComputer = ([System.Net.Dns]::GetHostEntry([System.Net.Dns]::GetHostName())).HostName.ToLowerInvariant()
    if ($SkipIisReset) {
        Write-Warning 'IIS를 다시 시작하지 않았습니다(-SkipIisReset). 각 클라이언트 액세스 서버에서 "iisreset /noforce"를 실행하십시오(P-7.5).'
    }
    elseif ($ClientAccessServers -notcontains $thisComputer) {
        Write-Warning ('이 컴퓨터(' + $thisComputer + ')는 계획의 클라이언트 액세스 서버가 아닙니다. 각 클라이언트 액세스 서버에서 "iisreset /noforce"를 실행하십시오(P-7.5).')
    }
    elseif (Test-Change $thisComputer 'iisreset /noforce (P-7.5)') {
        & "$env:windir\System32\iisreset.exe" /noforce
        if ($LASTEXITCODE -ne 0) {
            throw ('iisreset /noforce가 실패했습니다. 종료 코드: ' + $LASTEXITCODE)
        }
        Write-Host 'IIS를 다시 시작했습니다. 다른 클라이언트 액세스 서버에서도 "iisreset /noforce"를 실행하십시오(P-7.5).'
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
