# =============================================================================
# 01-trusted-pool.ps1
# Lync Server 2013 - Outlook Web App 통합, 단계 "trusted-pool"
#
# 실행 위치 : Lync Server 2013 프런트 엔드 서버 한 대
# 셸        : Lync Server 관리 셸
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
# Lync Server 2013에 OWA용 신뢰할 수 있는 응용 프로그램 풀을 만들고(P-2.3~P-2.8,
# P-2.10), 여기에 OWA 신뢰할 수 있는 응용 프로그램을 추가한 다음 토폴로지를 게시합니다.
# 모든 사서함 서버에 UCMA 4.0이 설치된 것을 확인한 뒤에만 실행하십시오(P-1.4).
# 두 번 실행해도 안전합니다. 풀, 풀 컴퓨터, 응용 프로그램은 아직 없을 때만 만들고,
# 이미 있는 것은 계획과 비교하여 결과만 알립니다.
# 이 cmdlet은 응용 프로그램용 방화벽 포트를 열지 않습니다(P-2.7).
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    # 이번 실행 기록(transcript)을 쓸 위치입니다.
    [string]$LogPath = (Join-Path $env:TEMP 'lyncowa-01-trusted-pool.log')
)

$ErrorActionPreference = 'Stop'
# Strict 모드 1.0은 설정되지 않은 변수를 잡아냅니다. 속성 검사(2.0)는 버전마다 속성이 다른
# cmdlet 개체에서 실패하므로, 그런 속성은 코드에서 따로 확인합니다.
Set-StrictMode -Version 1.0

# 계획의 값입니다.
# P-2.4: OWA 인증서에 있는 FQDN
$OwaPoolFqdn = 'atl-owa-001.litwareinc.com'
# P-2.5: Lync Server 2013 풀
$RegistrarPoolFqdn = 'atl-cs-001.litwareinc.com'
# P-2.6: DisplayName이나 Identity가 아닌 SiteId
$SiteId = 'Redmond'
# P-2.7
$ApplicationId = 'OutlookWebApp'
# P-2.7: 검증된 정수 1-65535
$Port = 5199
# P-2.10 / P-7.3: 풀의 -ComputerFqdn
$FirstComputerFqdn = 'atl-owa-001.litwareinc.com'
# P-2.10: New-CsTrustedApplicationComputer로 추가할 컴퓨터
$ExtraComputerFqdns = @()

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
    # 올바른 셸인지 확인: Cs cmdlet은 Lync Server 관리 셸에 있습니다.
    if (-not (Get-Command New-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
        throw 'New-CsTrustedApplicationPool을 찾을 수 없습니다. 이 스크립트는 Lync Server 2013 프런트 엔드 서버의 Lync Server 관리 셸에서 실행하십시오.'
    }

    # P-2.5: 레지스트라 풀이 있고 레지스트라 서비스가 실행 중이어야 합니다.
    $registrar = Get-CsService -Registrar -ErrorAction SilentlyContinue |
        Where-Object { $_.PoolFqdn -eq $RegistrarPoolFqdn }
    if (-not $registrar) {
        throw ('풀 ' + $RegistrarPoolFqdn + '에서 실행 중인 레지스트라 서비스가 없습니다(P-2.5). 계획의 값을 확인하십시오.')
    }
    # P-2.6: -Site에는 SiteId를 씁니다. 목록 보기: Get-CsSite | Select-Object DisplayName, SiteId
    $site = Get-CsSite | Where-Object { [string]$_.SiteId -eq $SiteId }
    if (-not $site) {
        throw ('SiteId가 ' + $SiteId + '인 Lync 사이트가 없습니다(P-2.6). 다음을 실행해 보십시오: Get-CsSite | Select-Object DisplayName, SiteId')
    }

    $changed = $false
    $pool = Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue
    if ($pool) {
        Write-Host ('신뢰할 수 있는 응용 프로그램 풀이 이미 있습니다: ' + $pool.Identity)
        if ([string]$pool.Registrar -notlike ('*' + $RegistrarPoolFqdn)) {
            Write-Warning ('기존 풀의 레지스트라는 ' + $RegistrarPoolFqdn + '이(가) 아니라 ' + $pool.Registrar + '입니다. 기존 풀은 그대로 둡니다.')
        }
    }
    elseif (Test-Change $OwaPoolFqdn 'New-CsTrustedApplicationPool (P-2.3)') {
        # P-2.3, P-2.10: 계획에 컴퓨터가 지정되어 있으면 그 첫 번째 컴퓨터를 풀 컴퓨터로 씁니다.
        $poolParameters = @{
            Identity            = $OwaPoolFqdn
            Registrar           = $RegistrarPoolFqdn
            Site                = $SiteId
            RequiresReplication = $false
        }
        if ($FirstComputerFqdn -ne $OwaPoolFqdn) {
            $poolParameters['ComputerFqdn'] = $FirstComputerFqdn
        }
        New-CsTrustedApplicationPool @poolParameters -Confirm:$false | Out-Null
        Write-Host ('신뢰할 수 있는 응용 프로그램 풀을 만들었습니다: ' + $OwaPoolFqdn)
        $changed = $true
    }

    # P-2.10: OWA 풀의 나머지 컴퓨터.
    foreach ($computerFqdn in $ExtraComputerFqdns) {
        $computer = Get-CsTrustedApplicationComputer -Identity $computerFqdn -ErrorAction SilentlyContinue
        if ($computer) {
            Write-Host ('신뢰할 수 있는 응용 프로그램 컴퓨터가 이미 있습니다: ' + $computerFqdn)
        }
        elseif (Test-Change $computerFqdn 'New-CsTrustedApplicationComputer (P-2.10)') {
            New-CsTrustedApplicationComputer -Identity $computerFqdn -Pool $OwaPoolFqdn -Confirm:$false | Out-Null
            Write-Host ([string]$OwaPoolFqdn + '에 컴퓨터 ' + $computerFqdn + '을(를) 추가했습니다.')
            $changed = $true
        }
    }

    # P-2.7: 응용 프로그램(풀 안에서 ID와 포트가 고유해야 함).
    $applications = @(Get-CsTrustedApplication -ErrorAction SilentlyContinue |
        Where-Object { $_.TrustedApplicationPoolFqdn -eq $OwaPoolFqdn })
    $existing = $applications | Where-Object { $_.ApplicationId -eq ('urn:application:' + $ApplicationId) -or $_.ApplicationId -eq $ApplicationId }
    if ($existing) {
        Write-Host ('신뢰할 수 있는 응용 프로그램이 이미 있습니다: ' + $existing.Identity + ' (포트 ' + $existing.Port + ')')
        if ($existing.Port -ne $Port) {
            Write-Warning ('기존 응용 프로그램은 포트 ' + $existing.Port + '을(를) 사용하지만 계획의 포트는 ' + $Port + '입니다. 기존 응용 프로그램은 그대로 둡니다.')
        }
    }
    else {
        $portUser = $applications | Where-Object { $_.Port -eq $Port }
        if ($portUser) {
            throw ('포트 ' + $Port + '은(는) 풀 ' + $OwaPoolFqdn + '에서 이미 ' + $portUser.ApplicationId + '이(가) 사용하고 있습니다(P-2.7).')
        }
        if (Test-Change $OwaPoolFqdn ('New-CsTrustedApplication ' + $ApplicationId + ', 포트 ' + $Port + ' (P-2.7)')) {
            New-CsTrustedApplication -ApplicationId $ApplicationId -TrustedApplicationPoolFqdn $OwaPoolFqdn -Port $Port -Confirm:$false | Out-Null
            Write-Host ('신뢰할 수 있는 응용 프로그램 ' + $ApplicationId + '을(를) 포트 ' + $Port + '에 만들었습니다.')
            $changed = $true
        }
    }

    # P-2.8: 변경 내용을 게시합니다.
    if ($changed -and (Test-Change ('Lync 토폴로지') 'Enable-CsTopology (P-2.8)')) {
        Enable-CsTopology -Confirm:$false
        Write-Host '토폴로지를 게시했습니다.'
    }

    Complete-Change ('SUCCESS: 신뢰할 수 있는 응용 프로그램 풀 ' + $OwaPoolFqdn + '과(와) 응용 프로그램 ' + $ApplicationId + '이(가) 준비되었습니다.')
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
