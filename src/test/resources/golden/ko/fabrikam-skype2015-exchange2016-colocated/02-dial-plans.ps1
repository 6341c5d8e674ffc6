# =============================================================================
# 02-dial-plans.ps1
# 비즈니스용 Skype 서버 2015 - 웹용 Outlook 통합, 단계 "dial-plans"
#
# 실행 위치 : Exchange 2016 서버
# 셸        : Exchange 관리 셸
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
# P-2.9: Exchange 클라이언트 액세스 서버와 사서함 서버를 모든 SIP URI 다이얼 플랜에 넣어,
# Lync의 ExUmRouting 토폴로지가 이 서버들을 신뢰할 수 있는 SIP 피어로 취급하게 합니다.
# 클라이언트 액세스 서버에는 Set-UMCallRouterSettings -DialPlans, 사서함 서버에는
# Set-UMService -DialPlans를 씁니다. 두 매개 변수 모두 서버의 전체 목록을 담으므로 다이얼 플랜은
# 항상 @{Add = ...}로 추가만 하며, 서버가 이미 처리하는 다이얼 플랜은 절대 빼지 않습니다.
# UM이 같은 컴퓨터에 있는 경우(P-2.1)에도 이 단계가 필요합니다. 신뢰할 수 있는 응용 프로그램
# 풀 대신 SIP URI 다이얼 플랜이 있어야 Lync가 Exchange 서버를 자동 검색합니다.
# 다이얼 플랜: 계획에 지정된 것이 없으므로 찾은 모든 SIP URI(SipName) 다이얼 플랜을 씁니다.
# 두 번 실행해도 안전합니다. 이미 다이얼 플랜이 있는 서버는 그대로 둡니다.
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    # 이번 실행 기록(transcript)을 쓸 위치입니다.
    [string]$LogPath = (Join-Path $env:TEMP 'lyncowa-02-dial-plans.log')
)

$ErrorActionPreference = 'Stop'
# Strict 모드 1.0은 설정되지 않은 변수를 잡아냅니다. 속성 검사(2.0)는 버전마다 속성이 다른
# cmdlet 개체에서 실패하므로, 그런 속성은 코드에서 따로 확인합니다.
Set-StrictMode -Version 1.0

# 계획의 값입니다.
# 비어 있으면 찾은 모든 SipName 다이얼 플랜을 씁니다.
$DialPlanNames = @()
$MailboxServers = @('ex16-01.fabrikam.com')
$ClientAccessServers = @()

# Exchange 관리 셸의 원격을 거치면 다이얼 플랜 참조가 Name을 가진 개체나 이름 문자열로 옵니다.
# 어느 쪽이든 이름으로 비교합니다.
function Get-DialPlanNames($Values) {
    foreach ($value in @($Values)) {
        $name = [string]$value.Name
        if (-not $name) {
            $name = [string]$value
        }
        if ($name) {
            $name
        }
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
    # 올바른 셸: Exchange 2016의 Exchange 관리 셸에 Set-UMService가 있습니다(2019와 SE에는 통합 메시징이 없음, P-8.4).
    if (-not (Get-Command Set-UMService -ErrorAction SilentlyContinue) -or
        -not (Get-Command Set-UMCallRouterSettings -ErrorAction SilentlyContinue)) {
        throw 'Set-UMService / Set-UMCallRouterSettings가 없습니다. Exchange 2016의 Exchange 관리 셸에서 이 스크립트를 실행하십시오.'
    }

    # P-9.1: 암시적 원격을 거치는 Exchange cmdlet에는 $ErrorActionPreference가 적용되지 않으므로 모든
    # cmdlet에 -ErrorAction Stop을 주고 모든 변경을 다시 읽어 확인합니다.
    $sipDialPlans = @(Get-UMDialPlan -ErrorAction Stop | Where-Object { [string]$_.URIType -eq 'SipName' })
    if ($DialPlanNames.Count -gt 0) {
        $dialPlans = @()
        foreach ($name in $DialPlanNames) {
            $match = @($sipDialPlans | Where-Object { [string]$_.Name -eq $name })
            if ($match.Count -eq 0) {
                throw ('다이얼 플랜 ' + $name + '이(가) 없거나 SIP URI(SipName) 다이얼 플랜이 아닙니다(P-2.9).')
            }
            $dialPlans += $match[0]
        }
    }
    else {
        $dialPlans = $sipDialPlans
    }
    if ($dialPlans.Count -eq 0) {
        # P-9.7: SIP URI 다이얼 플랜이 없으면 추가할 것이 없습니다. 실패가 아니라 성공입니다.
        Write-Host 'SIP URI(SipName) UM 다이얼 플랜이 없습니다. 추가할 것이 없습니다(P-9.7).'
    }
    else {
        Write-Host ('SIP URI 다이얼 플랜: ' + (($dialPlans | ForEach-Object { $_.Name }) -join ', '))
    }

    # 올바른 서버: 지정한 각 서버는 Exchange 2016 서버여야 합니다
    # (AdminDisplayVersion "Version 15.1...", P-9.6). 통합 메시징이 있는 마지막 버전입니다(P-8.4).
    foreach ($server in $MailboxServers) {
        $exchangeServer = Get-ExchangeServer -Identity $server -ErrorAction Stop
        if (-not $exchangeServer.IsMailboxServer -or [string]$exchangeServer.AdminDisplayVersion -notlike 'Version 15.1*') {
            throw ($server + '은(는) Exchange 2016 사서함 서버가 아닙니다.')
        }
    }
    foreach ($server in $ClientAccessServers) {
        $exchangeServer = Get-ExchangeServer -Identity $server -ErrorAction Stop
        if (-not $exchangeServer.IsClientAccessServer -or [string]$exchangeServer.AdminDisplayVersion -notlike 'Version 15.1*') {
            throw ($server + '은(는) 클라이언트 액세스 서비스가 있는 Exchange 2016 서버가 아닙니다.')
        }
    }

    # 사서함 서버: Set-UMService -DialPlans(P-2.9).
    foreach ($server in $MailboxServers) {
        $current = @(Get-DialPlanNames (Get-UMService -Identity $server -ErrorAction Stop).DialPlans)
        foreach ($dialPlan in $dialPlans) {
            if ($current -contains [string]$dialPlan.Name) {
                Write-Host ($server + '은(는) 이미 ' + $dialPlan.Name + '을(를) 처리합니다.')
            }
            elseif (Test-Change $server ('Set-UMService -DialPlans @{Add = ' + $dialPlan.Name + '} (P-2.9)')) {
                Set-UMService -Identity $server -DialPlans @{Add = $dialPlan.Identity} -Confirm:$false -ErrorAction Stop
                # P-9.1: 목록을 다시 읽습니다. 다이얼 플랜이 목록에 있어야 합니다.
                $current = @(Get-DialPlanNames (Get-UMService -Identity $server -ErrorAction Stop).DialPlans)
                if ($current -notcontains [string]$dialPlan.Name) {
                    throw ($server + ': Set-UMService 후 Get-UMService의 DialPlans에 ' + $dialPlan.Name + '이(가) 없습니다(P-9.1).')
                }
                Write-Host ($server + ': ' + $dialPlan.Name + ' 추가함')
            }
        }
    }

    # 호출 라우터: Set-UMCallRouterSettings -DialPlans (P-2.9). 계획에 목록이 없으면
    # 클라이언트 액세스 서비스를 실행하는 Exchange 2016 서버(Version 15.1, 즉 사서함 서버, P-8.3)를 씁니다.
    $callRouters = $ClientAccessServers
    if ($callRouters.Count -eq 0) {
        $callRouters = @(Get-ExchangeServer -ErrorAction Stop | Where-Object { $_.IsClientAccessServer -and [string]$_.AdminDisplayVersion -like 'Version 15.1*' } | ForEach-Object { [string]$_.Fqdn })
    }
    foreach ($server in $callRouters) {
        $current = @(Get-DialPlanNames (Get-UMCallRouterSettings -Server $server -ErrorAction Stop).DialPlans)
        foreach ($dialPlan in $dialPlans) {
            if ($current -contains [string]$dialPlan.Name) {
                Write-Host ($server + ' (통화 라우터)은(는) 이미 ' + $dialPlan.Name + '을(를) 처리합니다.')
            }
            elseif (Test-Change $server ('Set-UMCallRouterSettings -DialPlans @{Add = ' + $dialPlan.Name + '} (P-2.9)')) {
                Set-UMCallRouterSettings -Server $server -DialPlans @{Add = $dialPlan.Identity} -Confirm:$false -ErrorAction Stop
                $current = @(Get-DialPlanNames (Get-UMCallRouterSettings -Server $server -ErrorAction Stop).DialPlans)
                if ($current -notcontains [string]$dialPlan.Name) {
                    throw ($server + ' (통화 라우터): Set-UMCallRouterSettings 후 Get-UMCallRouterSettings의 DialPlans에 ' + $dialPlan.Name + '이(가) 없습니다(P-9.1).')
                }
                Write-Host ($server + ' (통화 라우터): ' + $dialPlan.Name + ' 추가함')
            }
        }
    }

    if ($dialPlans.Count -eq 0) {
        Complete-Change 'SUCCESS: SIP URI 다이얼 플랜이 없으므로 어느 서버에도 추가할 필요가 없습니다(P-2.9, P-9.7).'
    }
    else {
        Complete-Change 'SUCCESS: Exchange 서버가 모든 SIP URI 다이얼 플랜에 들어 있습니다(P-2.9).'
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
