# =============================================================================
# 02-verify.ps1
# Lync Server 2013 - Outlook Web App 통합, 단계 "verify"
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
# 모든 프런트 엔드 OWA 가상 디렉터리에서 인스턴트 메시징이 꺼져 있는지
# 읽기 전용으로 확인합니다(P-3.8). 아무것도 변경하지 않습니다.
#Requires -Version 3.0
# (Exchange 2010 관리 셸은 PowerShell 2.0입니다.)
[CmdletBinding()]
param(
    # 이번 실행 기록(transcript)을 쓸 위치입니다.
    [string]$LogPath = (Join-Path $env:TEMP 'lyncowa-02-verify.log')
)

$ErrorActionPreference = 'Stop'
# Strict 모드 1.0은 설정되지 않은 변수를 잡아냅니다. 속성 검사(2.0)는 버전마다 속성이 다른
# cmdlet 개체에서 실패하므로, 그런 속성은 코드에서 따로 확인합니다.
Set-StrictMode -Version 1.0

# 실행이 마지막 줄에 이를 때까지 종료 코드는 1입니다. 기록(transcript)은 try 안에서 시작하므로
# 기록을 시작하지 못해도 FAILURE 줄로 끝납니다.
$exitCode = 1
$transcribing = $false

try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    # 올바른 셸인지 확인: OWA cmdlet은 Exchange 관리 셸에 있습니다.
    if (-not (Get-Command Get-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
        throw 'Get-OwaVirtualDirectory를 찾을 수 없습니다. 이 스크립트는 Exchange 관리 셸에서 실행하십시오.'
    }

    $directories = @(Get-OwaVirtualDirectory -ErrorAction Stop)
    if ($directories.Count -eq 0) {
        throw 'OWA 가상 디렉터리를 찾지 못했습니다.'
    }
    $stillOn = @($directories | Where-Object { $_.InstantMessagingEnabled })
    $directories | Format-Table -Property 'Identity', 'InstantMessagingEnabled', 'InstantMessagingType' -AutoSize | Out-String | Write-Host
    if ($stillOn.Count -gt 0) {
        throw ('다음 디렉터리에서 인스턴트 메시징이 아직 켜져 있습니다: ' + (($stillOn | ForEach-Object { [string]$_.Identity }) -join ', '))
    }

    Write-Host 'SUCCESS: 모든 프런트 엔드 OWA 가상 디렉터리에서 인스턴트 메시징이 꺼져 있습니다(P-3.8).'
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
