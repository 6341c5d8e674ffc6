# =============================================================================
# 01-disable-im.ps1
# Lync Server 2013 - Outlook Web App 통합, 단계 "disable-im"
#
# 실행 위치 : Exchange 서버 한 대
# 셸        : Exchange 관리 셸
#
# 계획 값(참고용으로 표시하며, 스크립트는 이 값을 작은따옴표 리터럴로만 사용합니다):
#   계획 제목                  : Not integrating: switch OWA instant messaging off
#   Exchange 버전              : EXCHANGE_2013
#
# 생성 도구: lync-owa-wizard test, 생성 시각: 2026-01-01T00:00:00Z
# 변경을 하는 스크립트는 -WhatIf를 지원합니다. 먼저 -WhatIf로 실행해 보십시오.
# 실행할 때마다 -LogPath에 실행 기록(transcript)이 남습니다(기본값은 $env:TEMP 아래).
# =============================================================================
#
# 프런트 엔드 OWA 가상 디렉터리에서 인스턴트 메시징을 끕니다(P-3.8).
# OWA를 Lync와 통합하지 않는 조직용입니다. 이렇게 하면 사용자에게 빈 현재 상태 아이콘과
# 로그인할 때마다 나타나는 오류가 더 이상 표시되지 않습니다.
# 두 번 실행해도 안전합니다. 아직 IM이 켜져 있는 디렉터리만 변경합니다.
# P-9.1: Exchange 관리 셸 cmdlet은 암시적 원격으로 실행되므로 스크립트의 $ErrorActionPreference가
# 적용되지 않습니다. 모든 Exchange cmdlet에 -ErrorAction Stop을 붙이고, 모든 변경은 해당 Get- cmdlet으로
# 다시 읽어 확인합니다. 값이 다르면 FAILURE입니다.
#Requires -Version 3.0
# (Exchange 2010 관리 셸은 PowerShell 2.0입니다.)
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    # 이번 실행 기록(transcript)을 쓸 위치입니다.
    [string]$LogPath = (Join-Path $env:TEMP 'lyncowa-01-disable-im.log')
)

$ErrorActionPreference = 'Stop'
# Strict 모드 1.0은 설정되지 않은 변수를 잡아냅니다. 속성 검사(2.0)는 버전마다 속성이 다른
# cmdlet 개체에서 실패하므로, 그런 속성은 코드에서 따로 확인합니다.
Set-StrictMode -Version 1.0

# -WhatIf와 -Confirm이 실행 기록(transcript)을 멈추거나 확인을 묻지 않게 합니다.
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
        throw 'Set-OwaVirtualDirectory를 찾을 수 없습니다. 이 스크립트는 Exchange 관리 셸에서 실행하십시오.'
    }

    # P-3.1/P-3.8: 스위치 없이 실행하면 Get-OwaVirtualDirectory는 프런트 엔드 디렉터리만 반환합니다.
    $directories = @(Get-OwaVirtualDirectory -ErrorAction Stop)
    if ($directories.Count -eq 0) {
        throw 'OWA 가상 디렉터리를 찾지 못했습니다.'
    }
    foreach ($directory in $directories) {
        $identity = [string]$directory.Identity
        if (-not $directory.InstantMessagingEnabled) {
            Write-Host ('이미 꺼져 있음: ' + $identity)
            continue
        }
        if (Test-Change $identity 'InstantMessagingEnabled를 False로 설정(P-3.8)') {
            Set-OwaVirtualDirectory -Identity $identity -InstantMessagingEnabled $false -Confirm:$false -ErrorAction Stop
            # P-9.1: 값을 다시 읽고 다르면 실패로 처리합니다.
            $after = Get-OwaVirtualDirectory -Identity $identity -ErrorAction Stop
            if ($after.InstantMessagingEnabled) {
                throw ('다시 읽기: 변경 후 ' + $identity + '의 InstantMessagingEnabled는 ' + $after.InstantMessagingEnabled + ', InstantMessagingType은 ' + $after.InstantMessagingType + '입니다(P-9.1).')
            }
            Write-Host ('끔: ' + $identity)
        }
    }

    Complete-Change 'SUCCESS: 모든 프런트 엔드 OWA 가상 디렉터리에서 인스턴트 메시징이 꺼져 있습니다(P-3.8).'
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
