# =============================================================================
# 05-rollback.ps1
# Lync Server 2013 - Outlook Web App 통합, 단계 "rollback"
#
# 실행 위치 : 각 클라이언트 액세스 서버(-Part Exchange), Lync 프런트 엔드 서버 한 대(-Part Lync)
# 셸        : -Part에 따라 Exchange 관리 셸 또는 Lync Server 관리 셸
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
# 되돌리기(P-6). 부분마다 한 번씩, 설정한 순서의 반대로 실행하십시오:
#   -Part Exchange      Exchange 관리 셸에서: 계획의 OWA 가상 디렉터리와 사서함 정책의
#                       InstantMessagingType을 None(설치 직후의 값, P-3.1)으로 되돌립니다
#                       (각 클라이언트 액세스 서버, 그다음 iisreset /noforce, P-7.5).
#   -Part Lync          Lync Server 관리 셸에서: 신뢰할 수 있는 응용 프로그램과 신뢰할 수 있는
#                       응용 프로그램 풀(컴퓨터 포함)을 제거한 다음 Enable-CsTopology를 실행합니다.
# 모든 변경은 확인을 묻습니다(ConfirmImpact High). 무엇이 바뀔지 보려면 -WhatIf를 쓰십시오.
# 두 번 실행해도 안전합니다. 이미 되돌린 것은 그대로 둡니다.
#Requires -Version 2.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    # 되돌릴 부분(스크립트를 실행하는 위치에 따라 다름, 위 참조).
    [Parameter(Mandatory = $true)]
    [ValidateSet('Exchange', 'Lync')]
    [string]$Part,
    # 이번 실행 기록(transcript)을 쓸 위치입니다.
    [string]$LogPath = (Join-Path $env:TEMP 'lyncowa-05-rollback.log')
)

$ErrorActionPreference = 'Stop'
# Strict 모드 1.0은 설정되지 않은 변수를 잡아냅니다. 속성 검사(2.0)는 버전마다 속성이 다른
# cmdlet 개체에서 실패하므로, 그런 속성은 코드에서 따로 확인합니다.
Set-StrictMode -Version 1.0

# 계획의 값입니다.
$ClientAccessServers = @('cas01.tailspin.example', 'cas02.tailspin.example')
$PolicyScope = 'NAMED'
$PolicyNames = @('Default', 'Sales Staff')
$OwaPoolFqdn = 'casarray.tailspin.example'
$ApplicationId = 'OutlookWebApp'

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
    if ($Part -eq 'Exchange') {
        # 올바른 셸인지 확인: Exchange 관리 셸.
        if (-not (Get-Command Set-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
            throw 'Set-OwaVirtualDirectory를 찾을 수 없습니다. -Part Exchange는 Exchange 관리 셸에서 실행하십시오.'
        }
        $directories = @($ClientAccessServers | ForEach-Object { Get-OwaVirtualDirectory -Identity ($_.Split('.')[0] + '\owa (Default Web Site)') })
        foreach ($directory in $directories) {
            if ([string]$directory.InstantMessagingType -eq 'None') {
                Write-Host ('이미 되돌림: ' + $directory.Identity)
            }
            elseif (Test-Change ([string]$directory.Identity) 'Set-OwaVirtualDirectory -InstantMessagingType None (P-6)') {
                Set-OwaVirtualDirectory -Identity $directory.Identity -InstantMessagingType None -Confirm:$false
                Write-Host ('되돌림: ' + $directory.Identity)
            }
        }
        if ($PolicyScope -eq 'ALL') { $policies = @(Get-OwaMailboxPolicy) }
        elseif ($PolicyScope -eq 'NAMED') { $policies = @($PolicyNames | ForEach-Object { Get-OwaMailboxPolicy -Identity $_ }) }
        else { $policies = @(Get-OwaMailboxPolicy -Identity 'Default') }
        foreach ($policy in $policies) {
            if ([string]$policy.InstantMessagingType -eq 'None') {
                Write-Host ('이미 되돌림: ' + $policy.Identity)
            }
            elseif (Test-Change ([string]$policy.Identity) 'Set-OwaMailboxPolicy -InstantMessagingType None (P-6)') {
                Set-OwaMailboxPolicy -Identity $policy.Identity -InstantMessagingType None -Confirm:$false
                Write-Host ('되돌림: ' + $policy.Identity)
            }
        }
        Write-Host '이제 각 클라이언트 액세스 서버에서 "iisreset /noforce"를 실행하십시오(P-7.5).'
    }
    elseif ($Part -eq 'Lync') {
        # 올바른 셸인지 확인: Lync Server 관리 셸.
        if (-not (Get-Command Remove-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
            throw 'Remove-CsTrustedApplicationPool을 찾을 수 없습니다. -Part Lync는 Lync Server 관리 셸에서 실행하십시오.'
        }
        $changed = $false
        $applications = @(Get-CsTrustedApplication -ErrorAction SilentlyContinue |
            Where-Object { $_.TrustedApplicationPoolFqdn -eq $OwaPoolFqdn -and $_.ApplicationId -like ('*' + $ApplicationId) })
        foreach ($application in $applications) {
            if (Test-Change ([string]$application.Identity) 'Remove-CsTrustedApplication (P-6)') {
                Remove-CsTrustedApplication -Identity $application.Identity -Confirm:$false
                Write-Host ('신뢰할 수 있는 응용 프로그램을 제거했습니다: ' + $application.Identity)
                $changed = $true
            }
        }
        $pool = Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue
        if (-not $pool) {
            Write-Host ('신뢰할 수 있는 응용 프로그램 풀 ' + $OwaPoolFqdn + '이(가) 없습니다. 이미 제거되었습니다.')
        }
        elseif (Test-Change $OwaPoolFqdn ('Remove-CsTrustedApplicationPool(P-6: 풀의 컴퓨터와 응용 프로그램도 제거됨)')) {
            Remove-CsTrustedApplicationPool -Identity $pool.Identity -Confirm:$false
            Write-Host ('신뢰할 수 있는 응용 프로그램 풀을 제거했습니다: ' + $OwaPoolFqdn)
            $changed = $true
        }
        if ($changed -and (Test-Change ('Lync 토폴로지') 'Enable-CsTopology (P-6)')) {
            Enable-CsTopology -Confirm:$false
            Write-Host '토폴로지를 게시했습니다.'
        }
    }

    Complete-Change ('SUCCESS: 되돌리기 부분 ' + $Part + '을(를) 마쳤습니다(P-6).')
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
