# =============================================================================
# 05-owa-mailbox-policy.ps1
# Lync Server 2013 - Outlook Web App 통합, 단계 "owa-mailbox-policy"
#
# 실행 위치 : 사서함 서버 한 대
# 셸        : Exchange 관리 셸
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
# P-4.2: 모든 OWA 사서함 정책에서 OCS 인스턴트 메시징을 사용하도록 설정합니다.
# P-4.3: 사서함이 지원되는 Exchange 서버에 있고, 사용자가 Lync Server 2013을 사용하도록
# 설정되어 있으며, 올바른 SIP 프록시 주소가 있을 때만 사용자에게 통합 기능이 적용됩니다.
# 두 번 실행해도 안전합니다. 원하는 값과 다른 정책만 변경합니다.
# P-9.1: Exchange 관리 셸 cmdlet은 암시적 원격으로 실행되므로 스크립트의 $ErrorActionPreference가
# 적용되지 않습니다. 모든 Exchange cmdlet에 -ErrorAction Stop을 붙이고, 모든 변경은 해당 Get- cmdlet으로
# 다시 읽어 확인합니다. 값이 다르면 FAILURE입니다.
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    # 이번 실행 기록(transcript)을 쓸 위치입니다.
    [string]$LogPath = (Join-Path $env:TEMP 'lyncowa-05-owa-mailbox-policy.log'),
    # 롤백을 위해 이전 값을 기록할 위치입니다(기본값: -LogPath 옆의 lyncowa-exchange-before.xml, P-9.9).
    [string]$BeforePath = ''
)

$ErrorActionPreference = 'Stop'
# Strict 모드 1.0은 설정되지 않은 변수를 잡아냅니다. 속성 검사(2.0)는 버전마다 속성이 다른
# cmdlet 개체에서 실패하므로, 그런 속성은 코드에서 따로 확인합니다.
Set-StrictMode -Version 1.0

# 계획의 값입니다.
# DEFAULT, NAMED 또는 ALL
$PolicyScope = 'ALL'
# NAMED일 때 사용
$PolicyNames = @()

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
    if (-not (Get-Command Set-OwaMailboxPolicy -ErrorAction SilentlyContinue)) {
        throw 'Set-OwaMailboxPolicy를 찾을 수 없습니다. 이 스크립트는 사서함 서버의 Exchange 관리 셸에서 실행하십시오.'
    }

    if ($PolicyScope -eq 'ALL') {
        $policies = @(Get-OwaMailboxPolicy -ErrorAction Stop)
    }
    else {
        # 계획에 있는 정책(또는 "Default")이 없으면 건너뛰지 않고 FAILURE로 처리합니다.
        $names = @('Default')
        if ($PolicyScope -eq 'NAMED') {
            $names = $PolicyNames
        }
        $policies = @()
        foreach ($name in $names) {
            $exact = @()
            try {
                $exact = @(Get-OwaMailboxPolicy -Identity $name -ErrorAction Stop | Where-Object { [string]$_.Name -eq $name })
            }
            catch {
                throw ('사서함 정책 ' + $name + '을(를) 찾을 수 없습니다(Get-OwaMailboxPolicy). 계획의 이름을 확인하십시오(P-4.1).' + ' ' + $_.Exception.Message)
            }
            if ($exact.Count -eq 0) {
                throw ('사서함 정책 ' + $name + '을(를) 찾을 수 없습니다(Get-OwaMailboxPolicy). 계획의 이름을 확인하십시오(P-4.1).')
            }
            $policies += $exact
        }
    }
    if ($policies.Count -eq 0) {
        throw 'OWA 사서함 정책을 찾지 못했습니다.'
    }

    foreach ($policy in $policies) {
        $identity = [string]$policy.Identity
        if ($policy.InstantMessagingEnabled -and [string]$policy.InstantMessagingType -eq 'Ocs') {
            Write-Host ('이미 사용하도록 설정됨: ' + $identity)
            continue
        }
        if (Test-Change $identity 'Set-OwaMailboxPolicy -InstantMessagingEnabled $true -InstantMessagingType OCS (P-4)') {
            Save-Before 'OwaMailboxPolicy' $policy @('InstantMessagingEnabled', 'InstantMessagingType')
            Set-OwaMailboxPolicy -Identity $policy.Identity -InstantMessagingEnabled $true -InstantMessagingType 'OCS' -Confirm:$false -ErrorAction Stop
            # P-9.1: 값을 다시 읽고 다르면 실패로 처리합니다.
            $after = Get-OwaMailboxPolicy -Identity $policy.Identity -ErrorAction Stop
            if (-not ($after.InstantMessagingEnabled -and [string]$after.InstantMessagingType -eq 'Ocs')) {
                throw ('다시 읽기: 변경 후 정책 ' + $identity + '의 InstantMessagingEnabled는 ' + $after.InstantMessagingEnabled + ', InstantMessagingType은 ' + $after.InstantMessagingType + '입니다(P-9.1).')
            }
            Write-Host ('사용하도록 설정함: ' + $identity)
        }
    }

    Complete-Change 'SUCCESS: OWA 사서함 정책에서 OCS 인스턴트 메시징을 허용합니다(P-4).'
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
