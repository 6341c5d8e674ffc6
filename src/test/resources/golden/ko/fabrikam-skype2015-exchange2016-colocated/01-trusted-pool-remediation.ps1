# =============================================================================
# 01-trusted-pool-remediation.ps1
# 비즈니스용 Skype 서버 2015 - 웹용 Outlook 통합, 단계 "trusted-pool-remediation"
#
# 실행 위치 : Exchange 서버가 쓰는 풀의 비즈니스용 Skype 서버 프런트 엔드 서버 한 대
# 셸        : 비즈니스용 Skype 서버 관리 셸
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
# UM이 같은 컴퓨터에 있는 경우의 복구(P-2.1, P-2.2). Exchange UM 통화 라우터 서비스와
# UM 서비스가 SIP URI 다이얼 플랜을 호스팅하는 한 컴퓨터에 함께 있으면 Lync가 그 서버를 자동
# 검색합니다. 그 서버용으로 신뢰할 수 있는 응용 프로그램 풀을 수동으로 또 만들면 OWA IM이
# 작동하지 않습니다(이벤트 14492/14493/14495 및 44024). 이 스크립트는 계획의 Exchange 서버 중
# 하나를 포함하는 신뢰할 수 있는 응용 프로그램 풀을 찾아, 확인을 받은 뒤 그 응용 프로그램과
# 풀을 제거하고 토폴로지를 게시합니다.
#
# 삭제 작업입니다. 컴퓨터가 계획의 Exchange 서버인 풀만 건드리고, 제거할 때마다 확인을 묻고
# (ConfirmImpact High), -WhatIf에서는 아무것도 하지 않습니다.
# 먼저 -WhatIf로 실행하십시오. 해당하는 것이 없으면 아무것도 변경하지 않고 그렇다고 알립니다.
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    # 복구 대상을 이 신뢰할 수 있는 응용 프로그램 풀 FQDN으로 제한합니다(기본값: 해당하는 풀 모두).
    [string[]]$OnlyPool = @(),
    # 이번 실행 기록(transcript)을 쓸 위치입니다.
    [string]$LogPath = (Join-Path $env:TEMP 'lyncowa-01-trusted-pool-remediation.log')
)

$ErrorActionPreference = 'Stop'
# Strict 모드 1.0은 설정되지 않은 변수를 잡아냅니다. 속성 검사(2.0)는 버전마다 속성이 다른
# cmdlet 개체에서 실패하므로, 그런 속성은 코드에서 따로 확인합니다.
Set-StrictMode -Version 1.0

# 계획의 값입니다. Lync가 자동 검색하는 Exchange 서버입니다(P-2.1).
$MailboxServers = @('ex16-01.fabrikam.com')
$ClientAccessServers = @()
$ExchangeServers = @($MailboxServers + $ClientAccessServers | ForEach-Object { $_.ToLowerInvariant() } | Select-Object -Unique)

# Lync는 ID 앞에 종류를 붙여 표시하므로("TrustedApplicationPool:fqdn") FQDN만 비교합니다.
function Get-BareFqdn([string]$Value) {
    return ($Value -replace '^[^:]*:', '').ToLowerInvariant()
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
    # 올바른 셸인지 확인: Cs cmdlet은 비즈니스용 Skype 서버 관리 셸에 있습니다.
    if (-not (Get-Command Remove-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
        throw 'Remove-CsTrustedApplicationPool을 찾을 수 없습니다. 이 스크립트는 비즈니스용 Skype 서버 프런트 엔드 서버의 비즈니스용 Skype 서버 관리 셸에서 실행하십시오.'
    }

    # Exchange 서버 중 하나를 컴퓨터로 포함하거나 그 이름을 가진 풀.
    $poolFqdns = @()
    foreach ($computer in @(Get-CsTrustedApplicationComputer -ErrorAction SilentlyContinue)) {
        $computerFqdn = Get-BareFqdn ([string]$computer.Identity)
        if ($ExchangeServers -contains $computerFqdn) {
            $poolFqdns += Get-BareFqdn ([string]$computer.Pool)
        }
    }
    foreach ($pool in @(Get-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
        $poolFqdn = Get-BareFqdn ([string]$pool.PoolFqdn)
        if ($ExchangeServers -contains $poolFqdn) {
            $poolFqdns += $poolFqdn
        }
    }
    $poolFqdns = @($poolFqdns | Select-Object -Unique)
    if ($OnlyPool.Count -gt 0) {
        $only = @($OnlyPool | ForEach-Object { $_.ToLowerInvariant() })
        $poolFqdns = @($poolFqdns | Where-Object { $only -contains $_ })
    }

    if ($poolFqdns.Count -eq 0) {
        Write-Host 'Exchange 서버를 포함하는 신뢰할 수 있는 응용 프로그램 풀이 없습니다.'
    }
    foreach ($poolFqdn in $poolFqdns) {
        Write-Host ('자동 검색되는 Exchange 서버용으로 수동으로 만든 신뢰할 수 있는 응용 프로그램 풀: ' + $poolFqdn)
        $applications = @(Get-CsTrustedApplication -ErrorAction SilentlyContinue |
            Where-Object { (Get-BareFqdn ([string]$_.TrustedApplicationPoolFqdn)) -eq $poolFqdn })
        foreach ($application in $applications) {
            if (Test-Change ([string]$application.Identity) 'Remove-CsTrustedApplication (P-2.2)') {
                Remove-CsTrustedApplication -Identity $application.Identity -Confirm:$false -ErrorAction Stop
                # P-9.1: 제거할 때마다 다시 읽어 확인합니다.
                if (Get-CsTrustedApplication -Identity $application.Identity -ErrorAction SilentlyContinue) {
                    throw ('Remove-CsTrustedApplication 후에도 신뢰할 수 있는 응용 프로그램 ' + $application.Identity + '이(가) 남아 있습니다(P-9.1).')
                }
                Write-Host ('신뢰할 수 있는 응용 프로그램을 제거했습니다: ' + $application.Identity)
            }
        }
        if (Test-Change $poolFqdn 'Remove-CsTrustedApplicationPool (P-2.2)') {
            Remove-CsTrustedApplicationPool -Identity ('TrustedApplicationPool:' + $poolFqdn) -Confirm:$false -ErrorAction Stop
            if (Get-CsTrustedApplicationPool -Identity $poolFqdn -ErrorAction SilentlyContinue) {
                throw ('Remove-CsTrustedApplicationPool 후에도 신뢰할 수 있는 응용 프로그램 풀 ' + $poolFqdn + '이(가) 남아 있습니다(P-9.1).')
            }
            Write-Host ('신뢰할 수 있는 응용 프로그램 풀을 제거했습니다: ' + $poolFqdn)
        }
    }

    # P-2.2, P-9.3: -WhatIf가 아닌 모든 실행에서 게시합니다. 이전 실행이 항목을 제거한 뒤 게시에
    # 실패했을 수 있기 때문입니다.
    if (Test-Change ('Lync 토폴로지') 'Enable-CsTopology (P-2.2, P-9.3)') {
        Enable-CsTopology -Confirm:$false -ErrorAction Stop
        Write-Host '토폴로지를 게시했습니다.'
    }
    if (-not $WhatIfPreference -and $Declined.Count -eq 0) {
        # P-9.1: 게시한 뒤에는 제거한 풀의 컴퓨터가 하나도 남아 있으면 안 됩니다.
        $left = @(Get-CsTrustedApplicationComputer -ErrorAction SilentlyContinue |
            Where-Object { $poolFqdns -contains (Get-BareFqdn ([string]$_.Pool)) } |
            ForEach-Object { Get-BareFqdn ([string]$_.Identity) })
        if ($left.Count -gt 0) {
            throw ('제거한 뒤에도 토폴로지에 남아 있음: ' + ($left -join ', ') + '(P-2.2). Get-CsTrustedApplicationComputer로 확인하십시오.')
        }
    }

    if ($poolFqdns.Count -eq 0) {
        Complete-Change 'SUCCESS: 복구할 것이 없습니다(P-2.2).'
    }
    else {
        Complete-Change 'SUCCESS: 자동 검색되는 Exchange 서버용으로 수동으로 만든 신뢰할 수 있는 응용 프로그램 항목을 제거했습니다(P-2.2).'
    }
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
