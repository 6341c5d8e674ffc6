# =============================================================================
# 06-rollback.ps1
# 비즈니스용 Skype 서버 구독 버전 - 웹용 Outlook 통합, 단계 "rollback"
#
# 실행 위치 : Exchange 2016 이상 서버(-Part SettingOverride, -Part Exchange), 비즈니스용 Skype 서버 프런트 엔드 서버(-Part Lync)
# 셸        : -Part에 따라 Exchange 관리 셸 또는 비즈니스용 Skype 서버 관리 셸
#
# 계획 값(참고용으로 표시하며, 스크립트는 이 값을 작은따옴표 리터럴로만 사용합니다):
#   계획 제목                  : Contoso - Skype for Business Server SE with Exchange SE
#   Exchange 버전              : EXCHANGE_SE
#   OWA/신뢰할 수 있는 풀 FQDN : mail.contoso.com
#   레지스트라 풀 FQDN         : sfbse-pool.contoso.com
#   사이트 ID                  : 1
#   응용 프로그램 ID           : OutlookWebApp
#   포트                       : 5199
#   풀 컴퓨터                  : exse-01.contoso.com, exse-02.contoso.com, exse-03.contoso.com
#   IM 서버 이름               : sfbse-pool.contoso.com
#   인증서 지문                : IIS
#   설정 재정의 이름             : Contoso OWA IM
#   사서함 서버                : exse-01.contoso.com, exse-02.contoso.com, exse-03.contoso.com
#   클라이언트 액세스 서버     : -
#   사서함 정책 범위           : ALL
#
# 생성 도구: lync-owa-wizard test, 생성 시각: 2026-01-01T00:00:00Z
# 변경을 하는 스크립트는 -WhatIf를 지원합니다. 먼저 -WhatIf로 실행해 보십시오.
# 실행할 때마다 -LogPath에 실행 기록(transcript)이 남습니다(기본값은 $env:TEMP 아래).
# =============================================================================
#
# 되돌리기(P-6). 부분마다 한 번씩, 설정한 순서의 반대로 실행하십시오:
#   -Part Exchange      Exchange 관리 셸에서: 계획의 OWA 가상 디렉터리와 사서함 정책의
#                       InstantMessagingType을 None(설치 직후의 값, P-3.1)으로 되돌립니다.
#   -Part SettingOverride Exchange 관리 셸에서: OwaServer / IMSettings 재정의인지 확인한 뒤 계획의 설정 재정의를 제거하고(P-8.11)
#                         각 사서함 서버에서 웹용 Outlook을 새로 고치고 다시 시작합니다.
#   -Part Lync          비즈니스용 Skype 서버 관리 셸에서: 계획의 신뢰할 수 있는 응용 프로그램을 제거합니다.
#                       신뢰할 수 있는 응용 프로그램 풀은 그 안에 다른 것(다른 응용 프로그램, 계획에 없는 컴퓨터)이
#                       남아 있지 않을 때만 제거하고, 남아 있으면 그대로 두고 이유를 알립니다(P-9.4).
#                       그런 다음 Enable-CsTopology
# 모든 변경은 확인을 묻습니다(ConfirmImpact High). 무엇이 바뀔지 보려면 -WhatIf를 쓰십시오.
# 두 번 실행해도 안전합니다. 이미 되돌린 것은 그대로 둡니다.
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    # 되돌릴 부분(스크립트를 실행하는 위치에 따라 다름, 위 참조).
    [Parameter(Mandatory = $true)]
    [ValidateSet('Exchange', 'SettingOverride', 'Lync')]
    [string]$Part,
    # 이번 실행 기록(transcript)을 쓸 위치입니다.
    [string]$LogPath = (Join-Path $env:TEMP 'lyncowa-06-rollback.log'),
    # -Part Exchange: 설정 전의 값이 기록된 lyncowa-exchange-before.xml 파일
    # (owa-virtual-directories와 owa-mailbox-policy의 트랜스크립트 옆에 기록됨, P-9.9).
    [string[]]$BeforePath = @(),
    # -Part SettingOverride: 원격 없이 이 컴퓨터(계획의 사서함 서버)만 새로 고치고 다시 시작합니다.
    [switch]$Local
)

$ErrorActionPreference = 'Stop'
# Strict 모드 1.0은 설정되지 않은 변수를 잡아냅니다. 속성 검사(2.0)는 버전마다 속성이 다른
# cmdlet 개체에서 실패하므로, 그런 속성은 코드에서 따로 확인합니다.
Set-StrictMode -Version 1.0

# 계획의 값입니다.
$ClientAccessServers = @()
$PolicyScope = 'ALL'
$PolicyNames = @()
$OwaPoolFqdn = 'mail.contoso.com'
$ApplicationId = 'OutlookWebApp'
$PoolComputerFqdns = @(@('exse-01.contoso.com') + @('exse-02.contoso.com', 'exse-03.contoso.com'))

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
        $directories = @()
        if ($ClientAccessServers.Count -gt 0) {
            foreach ($server in $ClientAccessServers) { $directories += @(Get-OwaVirtualDirectory -Server $server -ErrorAction Stop) }
        }
        else {
            # P-9.6: Exchange 2013은 AdminDisplayVersion이 정확히 15.0입니다(2016은 15.1, 2019와 SE는 15.2).
            foreach ($directory in @(Get-OwaVirtualDirectory -ErrorAction Stop)) {
                $exchangeServer = Get-ExchangeServer -Identity ([string]$directory.Server) -ErrorAction Stop
                if ([string]$exchangeServer.AdminDisplayVersion -match '^Version 15\.2(\D|$)') { $directories += $directory }
            }
        }
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
    }
    elseif ($Part -eq 'SettingOverride') {
        # 올바른 셸: Exchange 2016 이상의 Exchange 관리 셸에 설정 재정의 cmdlet이 있습니다.
        if (-not (Get-Command Remove-SettingOverride -ErrorAction SilentlyContinue) -or
            -not (Get-Command Get-ExchangeDiagnosticInfo -ErrorAction SilentlyContinue)) {
            throw 'New-SettingOverride / Get-ExchangeDiagnosticInfo가 없습니다. Exchange 2016 이상 서버의 Exchange 관리 셸에서 이 스크립트를 실행하십시오.'
        }
        $MailboxServers = @('exse-01.contoso.com', 'exse-02.contoso.com', 'exse-03.contoso.com')
        $OverrideName = 'Contoso OWA IM'
        # P-8.11: 조직 전체에 대한 계획의 재정의와 서버별 재정의("<이름> (<서버 이름>)").
        $serverNames = @{}
        foreach ($fqdn in $MailboxServers) {
            $serverNames[$fqdn] = [string](Get-ExchangeServer -Identity $fqdn -ErrorAction Stop).Name
        }
        $names = @($OverrideName) + @($MailboxServers | ForEach-Object { $OverrideName + ' (' + $serverNames[$_] + ')' })
        $removed = 0
        foreach ($name in $names) {
            $override = Get-SettingOverride -Identity $name -ErrorAction SilentlyContinue | Where-Object { [string]$_.Name -eq $name }
            if (-not $override) {
                continue
            }
            # P-8.8: 잘못된 설정 재정의는 조직을 손상시킬 수 있습니다. 이름으로 찾은 재정의를 업데이트하거나
            # 제거하기 전에 구성 요소가 OwaServer이고 섹션이 IMSettings인지 확인합니다.
            if ([string]$override.ComponentName -ne 'OwaServer' -or [string]$override.SectionName -ne 'IMSettings') {
                throw ('설정 재정의 "' + [string]$override.Name + '"은(는) 웹용 Outlook IM 재정의가 아닙니다(ComponentName ' + [string]$override.ComponentName + ', SectionName ' + [string]$override.SectionName + ', 기대값 OwaServer, IMSettings). 건드리지 않습니다. 계획에서 다른 settingOverrideName을 고르십시오(P-8.8).')
            }
            if (Test-Change $name 'Remove-SettingOverride (P-8.11)') {
                Remove-SettingOverride -Identity $override.Identity -Confirm:$false -ErrorAction Stop
                if (Get-SettingOverride -Identity $name -ErrorAction SilentlyContinue | Where-Object { [string]$_.Name -eq $name }) {
                    throw ('Remove-SettingOverride 후에도 설정 재정의 "' + $name + '"이(가) 남아 있습니다(P-9.1).')
                }
                Write-Host ('설정 재정의를 제거했습니다: ' + $name + ' (P-8.11)')
                $removed++
            }
        }
        if ($removed -eq 0) {
            Write-Host '계획의 설정 재정의가 없습니다. 이미 제거되었습니다.'
        }
        else {
            # P-8.7: 각 사서함 서버에서(서버 이름으로) 새로 고치고 PowerShell 원격으로 풀을 다시 시작합니다.
            $restartPool = { Import-Module WebAdministration -ErrorAction Stop; Restart-WebAppPool -Name 'MSExchangeOWAAppPool' -ErrorAction Stop }
            $targets = $MailboxServers
            if ($Local) {
                $targets = @([System.Net.Dns]::GetHostEntry([System.Net.Dns]::GetHostName()).HostName.ToLowerInvariant())
                if ($MailboxServers -notcontains $targets[0]) {
                    throw ($targets[0] + '은(는) 계획의 사서함 서버가 아닙니다: ' + ($MailboxServers -join ', ') + '.')
                }
            }
            foreach ($fqdn in $targets) {
                if (Test-Change $fqdn 'Get-ExchangeDiagnosticInfo -Argument Refresh; Restart-WebAppPool MSExchangeOWAAppPool (P-8.7, P-8.11)') {
                    [void](Get-ExchangeDiagnosticInfo -Server $serverNames[$fqdn] -Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Refresh -ErrorAction Stop)
                    if ($Local) {
                        & $restartPool
                    }
                    else {
                        Invoke-Command -ComputerName $fqdn -ScriptBlock $restartPool -ErrorAction Stop
                    }
                    Write-Host ($fqdn + ': 설정을 새로 고치고 MSExchangeOWAAppPool을 다시 시작했습니다(P-8.7).')
                }
            }
        }
    }
    elseif ($Part -eq 'Lync') {
        # 올바른 셸인지 확인: 비즈니스용 Skype 서버 관리 셸.
        if (-not (Get-Command Remove-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
            throw 'Remove-CsTrustedApplicationPool을 찾을 수 없습니다. -Part Lync는 비즈니스용 Skype 서버 관리 셸에서 실행하십시오.'
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
