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
#   -Part Lync          Lync Server 관리 셸에서: 계획의 신뢰할 수 있는 응용 프로그램을 제거합니다.
#                       신뢰할 수 있는 응용 프로그램 풀은 그 안에 다른 것(다른 응용 프로그램, 계획에 없는 컴퓨터)이
#                       남아 있지 않을 때만 제거하고, 남아 있으면 그대로 두고 이유를 알립니다(P-9.4).
#                       그런 다음 Enable-CsTopology
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
    [string]$LogPath = (Join-Path $env:TEMP 'lyncowa-05-rollback.log'),
    # -Part Exchange: 설정 전의 값이 기록된 lyncowa-exchange-before.xml 파일
    # (owa-virtual-directories와 owa-mailbox-policy의 트랜스크립트 옆에 기록됨, P-9.9).
    [string[]]$BeforePath = @()
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
$PoolComputerFqdns = @(@('cas01.tailspin.example') + @('cas02.tailspin.example'))

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
    if ($Part -eq 'Exchange') {
        # 올바른 셸인지 확인: Exchange 관리 셸.
        if (-not (Get-Command Set-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
            throw 'Set-OwaVirtualDirectory를 찾을 수 없습니다. -Part Exchange는 Exchange 관리 셸에서 실행하십시오.'
        }
        # P-9.9: -BeforePath(owa-virtual-directories와 owa-mailbox-policy가 트랜스크립트 옆에 쓴
        # lyncowa-exchange-before.xml 파일)를 지정하면, 그 스크립트가 바꾼 각 디렉터리와 정책에 이전의
        # InstantMessagingEnabled와 InstantMessagingType을 되돌리고, 바꾸지 않은 것은 그대로 둡니다.
        # -BeforePath가 없으면 InstantMessagingType을 None으로 설정하며 이전 값은 복원되지 않습니다. 어느 경우든
        # UM 서비스와 호출 라우터에 추가한 다이얼 플랜(P-2.9)은 그대로 남습니다.
        $records = @()
        foreach ($path in $BeforePath) {
            $records += @(Import-Clixml -Path $path)
            Write-Host ([string]$path + '에서 이전 값을 읽었습니다(지금까지 레코드 ' + $records.Count + '개, P-9.9).')
        }
        if ($BeforePath.Count -eq 0) {
            Write-Warning '-BeforePath 없음: 롤백은 InstantMessagingType을 None으로 설정합니다. 이전 값(이미 OCS를 사용하던 디렉터리나 정책, 다른 IM 설정)과 UM에 추가한 다이얼 플랜은 복원되지 않습니다(P-9.9). 기록된 값을 복원하려면 -BeforePath <lyncowa-exchange-before.xml 경로>를 지정하십시오.'
        }
        # 기록된 값으로, 기록 파일이 없으면 None으로 되돌리고, 변경 후 다시 읽어 확인합니다(P-9.1).
        function Restore-ImSettings([string]$Kind, $Item) {
            $identity = [string]$Item.Identity
            $wantedEnabled = [bool]$Item.InstantMessagingEnabled
            $wantedType = 'None'
            if ($BeforePath.Count -gt 0) {
                $record = @($records | Where-Object { $_.Kind -eq $Kind -and $_.Identity -eq $identity }) | Select-Object -First 1
                if (-not $record) {
                    Write-Host ($identity + ': 설정에서 바꾸지 않았으므로(기록된 이전 값 없음) 그대로 둡니다(P-9.9).')
                    return
                }
                $wantedEnabled = [bool]::Parse([string]$record.InstantMessagingEnabled)
                $wantedType = [string]$record.InstantMessagingType
            }
            if ([bool]$Item.InstantMessagingEnabled -eq $wantedEnabled -and [string]$Item.InstantMessagingType -eq $wantedType) {
                Write-Host ('이미 되돌림: ' + $identity)
                return
            }
            $action = 'Set-' + $Kind + ' -InstantMessagingEnabled ' + $wantedEnabled + ' -InstantMessagingType ' + $wantedType + ' (P-6, P-9.9)'
            if (Test-Change $identity $action) {
                if ($Kind -eq 'OwaVirtualDirectory') {
                    Set-OwaVirtualDirectory -Identity $identity -InstantMessagingEnabled $wantedEnabled -InstantMessagingType $wantedType -Confirm:$false -ErrorAction Stop
                    # P-9.1: 값을 다시 읽고 다르면 실패로 처리합니다.
                    $after = Get-OwaVirtualDirectory -Identity $identity -ErrorAction Stop
                }
                else {
                    Set-OwaMailboxPolicy -Identity $Item.Identity -InstantMessagingEnabled $wantedEnabled -InstantMessagingType $wantedType -Confirm:$false -ErrorAction Stop
                    # P-9.1: 값을 다시 읽고 다르면 실패로 처리합니다.
                    $after = Get-OwaMailboxPolicy -Identity $Item.Identity -ErrorAction Stop
                }
                if ([bool]$after.InstantMessagingEnabled -ne $wantedEnabled -or [string]$after.InstantMessagingType -ne $wantedType) {
                    throw ('다시 읽기: 변경 후 ' + $identity + '의 InstantMessagingEnabled는 ' + $after.InstantMessagingEnabled + ', InstantMessagingType은 ' + $after.InstantMessagingType + '입니다(P-9.1).')
                }
                Write-Host ('되돌림: ' + $identity)
            }
        }
        # P-9.1: Exchange 관리 셸 cmdlet은 암시적 원격으로 실행되므로 스크립트의 $ErrorActionPreference가
# 적용되지 않습니다. 모든 Exchange cmdlet에 -ErrorAction Stop을 붙이고, 모든 변경은 해당 Get- cmdlet으로
# 다시 읽어 확인합니다. 값이 다르면 FAILURE입니다.
        $directories = @($ClientAccessServers | ForEach-Object { Get-OwaVirtualDirectory -Identity ($_.Split('.')[0] + '\owa (Default Web Site)') -ErrorAction Stop })
        foreach ($directory in $directories) {
            Restore-ImSettings 'OwaVirtualDirectory' $directory
        }
        if ($PolicyScope -eq 'ALL') { $policies = @(Get-OwaMailboxPolicy -ErrorAction Stop) }
        else {
            $names = @('Default')
            if ($PolicyScope -eq 'NAMED') { $names = $PolicyNames }
            $policies = @()
            foreach ($name in $names) {
                try {
                    $policies += @(Get-OwaMailboxPolicy -Identity $name -ErrorAction Stop | Where-Object { [string]$_.Name -eq $name })
                }
                catch {
                    throw ('사서함 정책 ' + $name + '을(를) 찾을 수 없습니다(Get-OwaMailboxPolicy). 계획의 이름을 확인하십시오(P-4.1).' + ' ' + $_.Exception.Message)
                }
            }
        }
        foreach ($policy in $policies) {
            Restore-ImSettings 'OwaMailboxPolicy' $policy
        }
        Write-Host '이제 각 클라이언트 액세스 서버에서 "iisreset /noforce"를 실행하십시오(P-7.5).'
    }
    elseif ($Part -eq 'Lync') {
        # 올바른 셸인지 확인: Lync Server 관리 셸.
        if (-not (Get-Command Remove-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
            throw 'Remove-CsTrustedApplicationPool을 찾을 수 없습니다. -Part Lync는 Lync Server 관리 셸에서 실행하십시오.'
        }
        $poolFqdn = $OwaPoolFqdn.ToLowerInvariant()
        # P-6, P-9.4: 이 계획의 응용 프로그램만 제거합니다. 풀의 다른 응용 프로그램은 그대로 둡니다.
        $inPool = @(Get-CsTrustedApplication -ErrorAction SilentlyContinue |
            Where-Object { (Get-BareFqdn ([string]$_.TrustedApplicationPoolFqdn)) -eq $poolFqdn })
        $ours = @($inPool | Where-Object { [string]$_.ApplicationId -eq ('urn:application:' + $ApplicationId) -or [string]$_.ApplicationId -eq $ApplicationId })
        $others = @($inPool | Where-Object { [string]$_.ApplicationId -ne ('urn:application:' + $ApplicationId) -and [string]$_.ApplicationId -ne $ApplicationId })
        if ($ours.Count -eq 0) {
            Write-Host ('풀 ' + $OwaPoolFqdn + '에 신뢰할 수 있는 응용 프로그램 ' + $ApplicationId + '이(가) 없습니다. 이미 제거되었습니다.')
        }
        foreach ($application in $ours) {
            if (Test-Change ([string]$application.Identity) 'Remove-CsTrustedApplication (P-6, P-9.4)') {
                Remove-CsTrustedApplication -Identity $application.Identity -Confirm:$false -ErrorAction Stop
                if (Get-CsTrustedApplication -Identity $application.Identity -ErrorAction SilentlyContinue) {
                    throw ('Remove-CsTrustedApplication 후에도 신뢰할 수 있는 응용 프로그램 ' + $application.Identity + '이(가) 남아 있습니다(P-9.1).')
                }
                Write-Host ('신뢰할 수 있는 응용 프로그램을 제거했습니다: ' + $application.Identity)
            }
        }

        # P-9.4: Remove-CsTrustedApplicationPool은 풀의 모든 컴퓨터, 응용 프로그램, 끝점도 제거하므로
        # 풀 안에 이 계획의 컴퓨터 말고는 아무것도 남아 있지 않을 때만 풀을 제거합니다.
        $pool = Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue
        if (-not $pool) {
            Write-Host ('신뢰할 수 있는 응용 프로그램 풀 ' + $OwaPoolFqdn + '이(가) 없습니다. 이미 제거되었습니다.')
        }
        else {
            $otherComputers = @(Get-CsTrustedApplicationComputer -Pool $OwaPoolFqdn -ErrorAction SilentlyContinue |
                ForEach-Object { Get-BareFqdn ([string]$_.Identity) } |
                Where-Object { $PoolComputerFqdns -notcontains $_ })
            if ($others.Count -gt 0 -or $otherComputers.Count -gt 0) {
                $left = @($others | ForEach-Object { [string]$_.Identity }) + $otherComputers
                Write-Host ('신뢰할 수 있는 응용 프로그램 풀 ' + $OwaPoolFqdn + '은(는) 그대로 둡니다. 이 계획이 만들지 않은 것(' + ($left -join ', ') + ')이 남아 있으며, Remove-CsTrustedApplicationPool은 그것까지 제거하기 때문입니다(P-9.4). 풀의 컴퓨터도 그대로 둡니다.')
            }
            elseif (Test-Change $OwaPoolFqdn 'Remove-CsTrustedApplicationPool(P-6: 풀의 컴퓨터와 응용 프로그램도 제거됨)') {
                Remove-CsTrustedApplicationPool -Identity $pool.Identity -Confirm:$false -ErrorAction Stop
                if (Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue) {
                    throw ('Remove-CsTrustedApplicationPool 후에도 신뢰할 수 있는 응용 프로그램 풀 ' + $OwaPoolFqdn + '이(가) 남아 있습니다(P-9.1).')
                }
                Write-Host ('신뢰할 수 있는 응용 프로그램 풀을 제거했습니다: ' + $OwaPoolFqdn)
            }
        }

        # P-6, P-9.3: -WhatIf가 아닌 모든 실행에서 게시합니다(이전 실행이 제거한 뒤 게시에 실패했을 수 있음).
        # 그런 다음 응용 프로그램이 없어졌는지 다시 읽어 확인합니다.
        if (Test-Change ('Lync 토폴로지') 'Enable-CsTopology (P-6, P-9.4)') {
            Enable-CsTopology -Confirm:$false -ErrorAction Stop
            Write-Host '토폴로지를 게시했습니다.'
        }
        if (-not $WhatIfPreference -and $Declined.Count -eq 0) {
            $remaining = @(Get-CsTrustedApplication -ErrorAction SilentlyContinue |
                Where-Object { (Get-BareFqdn ([string]$_.TrustedApplicationPoolFqdn)) -eq $poolFqdn -and ([string]$_.ApplicationId -eq ('urn:application:' + $ApplicationId) -or [string]$_.ApplicationId -eq $ApplicationId) })
            if ($remaining.Count -gt 0) {
                throw ('Remove-CsTrustedApplication 후에도 신뢰할 수 있는 응용 프로그램 ' + $remaining[0].Identity + '이(가) 남아 있습니다(P-9.1).')
            }
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
