# =============================================================================
# 01-trusted-pool.ps1
# 비즈니스용 Skype 서버 구독 버전 - 웹용 Outlook 통합, 단계 "trusted-pool"
#
# 실행 위치 : 비즈니스용 Skype 서버 프런트 엔드 서버 한 대
# 셸        : 비즈니스용 Skype 서버 관리 셸
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
# 비즈니스용 Skype 서버 구독 버전에 OWA용 신뢰할 수 있는 응용 프로그램 풀을 만들고(P-2.3~P-2.8,
# P-2.10), 여기에 OWA 신뢰할 수 있는 응용 프로그램을 추가한 다음 토폴로지를 게시합니다.
# 모든 사서함 서버에 UCMA 4.0이 설치된 것을 확인한 뒤에만 실행하십시오(P-1.4).
# 두 번 실행해도 안전합니다. 풀, 풀의 컴퓨터, 응용 프로그램은 없을 때만 만들고, 이미 있는 것은 계획과
# 비교하여 다른 점이 있으면 그것을 고치는 명령과 함께 FAILURE로 보고합니다(P-9.4). 토폴로지는 실행할 때마다 게시합니다(P-9.3).
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
$OwaPoolFqdn = 'mail.contoso.com'
# P-2.5: Lync Server 2013 풀
$RegistrarPoolFqdn = 'sfbse-pool.contoso.com'
# P-2.6: DisplayName이나 Identity가 아닌 SiteId
$SiteId = '1'
# P-2.7
$ApplicationId = 'OutlookWebApp'
# P-2.7: 검증된 정수 1-65535
$Port = 5199
# P-2.10 / P-7.3: 풀의 -ComputerFqdn
$FirstComputerFqdn = 'exse-01.contoso.com'
# P-2.10: New-CsTrustedApplicationComputer로 추가할 컴퓨터
$ExtraComputerFqdns = @('exse-02.contoso.com', 'exse-03.contoso.com')
$PoolComputerFqdns = @(@($FirstComputerFqdn) + $ExtraComputerFqdns)

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
    if (-not (Get-Command New-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
        throw 'New-CsTrustedApplicationPool을 찾을 수 없습니다. 이 스크립트는 비즈니스용 Skype 서버 프런트 엔드 서버의 비즈니스용 Skype 서버 관리 셸에서 실행하십시오.'
    }

    # P-2.5: 레지스트라 풀이 있고 레지스트라 서비스가 실행 중이어야 합니다.
    $registrar = Get-CsService -Registrar -ErrorAction SilentlyContinue |
        Where-Object { $_.PoolFqdn -eq $RegistrarPoolFqdn }
    if (-not $registrar) {
        throw ('풀 ' + $RegistrarPoolFqdn + '에서 실행 중인 레지스트라 서비스가 없습니다(P-2.5). 계획의 값을 확인하십시오.')
    }
    # P-2.6: -Site에는 SiteId를 씁니다. 목록 보기: Get-CsSite | Select-Object DisplayName, SiteId
    $site = Get-CsSite | Where-Object { [string]$_.SiteId -eq $SiteId } | Select-Object -First 1
    if (-not $site) {
        throw ('SiteId가 ' + $SiteId + '인 Lync 사이트가 없습니다(P-2.6). 다음을 실행해 보십시오: Get-CsSite | Select-Object DisplayName, SiteId')
    }

    # P-9.4: 먼저 이미 있는 것을 계획과 비교합니다. 차이점은 모두 그것을 고치는 명령과 함께 FAILURE가 되며,
    # 차이점이 있는 동안에는 아무것도 변경하지 않습니다.
    $poolFqdn = $OwaPoolFqdn.ToLowerInvariant()
    $problems = @()
    $pool = Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue
    if ($pool) {
        Write-Host ('신뢰할 수 있는 응용 프로그램 풀이 이미 있습니다: ' + $pool.Identity)
        if ((Get-BareFqdn ([string]$pool.Registrar)) -ne $RegistrarPoolFqdn.ToLowerInvariant()) {
            $problems += ('풀 ' + $OwaPoolFqdn + '의 레지스트라는 ' + $pool.Registrar + '이지만 계획은 ' + $RegistrarPoolFqdn + '입니다(P-9.4). 해결: Set-CsTrustedApplicationPool -Identity ' + $OwaPoolFqdn + ' -Registrar ' + $RegistrarPoolFqdn + '; Enable-CsTopology (그 풀에 있는 응용 프로그램 끝점은 Move-CsApplicationEndpoint로 옮겨야 합니다). 또는 계획을 고치십시오.')
        }
        # P-9.5: 풀의 사이트는 SiteId 속성("Site:<이름>")에 있으며, Get-CsSite의 Identity와 대소문자 구분 없이 비교합니다.
        if ([string]$pool.SiteId -ne [string]$site.Identity) {
            $problems += ('풀 ' + $OwaPoolFqdn + '은(는) 사이트 ' + $pool.SiteId + '에 있지만 계획의 SiteId는 사이트 ' + $site.Identity + '입니다(P-9.5). 풀의 사이트는 바꿀 수 없습니다. 계획에 풀의 사이트를 넣거나(Get-CsSite | Select-Object Identity, SiteId), Remove-CsTrustedApplicationPool -Identity ' + $OwaPoolFqdn + '으로 풀을 제거한 뒤(풀의 컴퓨터와 응용 프로그램도 제거됨, P-9.4) 이 스크립트를 다시 실행하십시오.')
        }
    }
    # P-2.10, P-9.4: 계획의 모든 컴퓨터(첫 번째 컴퓨터 포함)는 이 풀에 속해야 합니다. 다른 풀에 있는 컴퓨터는 차이점입니다.
    $missingComputers = @()
    foreach ($computerFqdn in $PoolComputerFqdns) {
        $computer = Get-CsTrustedApplicationComputer -Identity $computerFqdn -ErrorAction SilentlyContinue
        if (-not $computer) {
            $missingComputers += $computerFqdn
        }
        elseif ((Get-BareFqdn ([string]$computer.Pool)) -ne $poolFqdn) {
            $problems += ('컴퓨터 ' + $computerFqdn + '은(는) ' + $OwaPoolFqdn + '이(가) 아니라 신뢰할 수 있는 응용 프로그램 풀 ' + $computer.Pool + '에 있습니다(P-9.4). 해결: ' + $computer.Pool + '에 속하지 않는 컴퓨터라면 Remove-CsTrustedApplicationComputer -Identity ' + $computerFqdn + '; Enable-CsTopology 후 이 스크립트를 다시 실행하십시오. 아니면 계획을 고치십시오.')
        }
        else {
            Write-Host ('신뢰할 수 있는 응용 프로그램 컴퓨터가 이미 풀에 있습니다: ' + $computerFqdn)
        }
    }
    if ($pool) {
        foreach ($computer in @(Get-CsTrustedApplicationComputer -Pool $OwaPoolFqdn -ErrorAction SilentlyContinue)) {
            $computerFqdn = Get-BareFqdn ([string]$computer.Identity)
            if (@($PoolComputerFqdns | Where-Object { $_ -eq $computerFqdn }).Count -eq 0) {
                Write-Warning ('컴퓨터 ' + $computerFqdn + '은(는) 풀 ' + $OwaPoolFqdn + '에 있지만 계획에는 없습니다. Lync는 이 컴퓨터도 이 풀로 신뢰합니다. 속하지 않는 컴퓨터라면: Remove-CsTrustedApplicationComputer -Identity ' + $computerFqdn + '; Enable-CsTopology')
            }
        }
    }
    # P-2.7: 응용 프로그램(풀 안에서 ID와 포트가 고유해야 함).
    $applications = @(Get-CsTrustedApplication -ErrorAction SilentlyContinue |
        Where-Object { (Get-BareFqdn ([string]$_.TrustedApplicationPoolFqdn)) -eq $poolFqdn })
    $existing = @($applications | Where-Object { [string]$_.ApplicationId -eq ('urn:application:' + $ApplicationId) -or [string]$_.ApplicationId -eq $ApplicationId })
    foreach ($application in $existing) {
        Write-Host ('신뢰할 수 있는 응용 프로그램이 이미 있습니다: ' + $application.Identity + ' (포트 ' + $application.Port + ')')
        if ([int]$application.Port -ne $Port) {
            $problems += ('응용 프로그램 ' + $application.Identity + '은(는) 포트 ' + $application.Port + '을(를) 사용하지만 계획은 ' + $Port + '입니다(P-9.4). 해결: Set-CsTrustedApplication -Identity ' + $application.Identity + ' -Port ' + $Port + '; Enable-CsTopology. 또는 계획을 고치십시오.')
        }
    }
    if ($existing.Count -eq 0) {
        foreach ($portUser in @($applications | Where-Object { [int]$_.Port -eq $Port })) {
            $problems += ('포트 ' + $Port + '은(는) 풀 ' + $OwaPoolFqdn + '에서 이미 ' + $portUser.Identity + '이(가) 사용하고 있습니다(P-2.7). 해결: 계획에서 다른 포트를 고르거나, 그 응용 프로그램의 포트를 바꾸십시오: Set-CsTrustedApplication -Identity ' + $portUser.Identity + ' -Port <빈 포트>; Enable-CsTopology')
        }
    }
    if ($problems.Count -gt 0) {
        foreach ($problem in $problems) {
            Write-Host ('PROBLEM ' + $problem)
        }
        throw ('Lync와 계획이 다르므로(P-9.4) 아무것도 변경하지 않았습니다. 차이점 수(각각 위에 PROBLEM으로, 고치는 명령과 함께 표시): ' + $problems.Count)
    }

    if (-not $pool) {
        if (Test-Change $OwaPoolFqdn 'New-CsTrustedApplicationPool (P-2.3)') {
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
            New-CsTrustedApplicationPool @poolParameters -Confirm:$false -ErrorAction Stop | Out-Null
            # P-9.1: 풀을 다시 읽어 계획과 비교합니다.
            $pool = Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue
            if (-not $pool -or (Get-BareFqdn ([string]$pool.Registrar)) -ne $RegistrarPoolFqdn.ToLowerInvariant() -or [string]$pool.SiteId -ne [string]$site.Identity) {
                throw ('New-CsTrustedApplicationPool 후 계획의 레지스트라와 사이트를 가진 신뢰할 수 있는 응용 프로그램 풀 ' + $OwaPoolFqdn + '을(를) 찾을 수 없습니다(P-9.1).')
            }
            Write-Host ('신뢰할 수 있는 응용 프로그램 풀을 만들었습니다: ' + $OwaPoolFqdn)
            # 풀을 만들면 첫 번째 컴퓨터(-ComputerFqdn 또는 풀 FQDN)도 만들어집니다.
            $missingComputers = @($missingComputers | Where-Object { $_ -ne $FirstComputerFqdn })
        }
        elseif (-not $WhatIfPreference) {
            # 거부됨: 없는 풀에는 아무것도 추가할 수 없습니다.
            throw ('확인을 거부하여 수행하지 않음: ' + ($Declined -join '; '))
        }
    }

    # P-2.10, P-9.4: 계획에서 빠진 컴퓨터를 추가합니다. 풀이 이미 있었다면 첫 번째 컴퓨터도 추가합니다.
    foreach ($computerFqdn in $missingComputers) {
        if (Test-Change $computerFqdn ('New-CsTrustedApplicationComputer -Pool ' + $OwaPoolFqdn + ' (P-2.10)')) {
            New-CsTrustedApplicationComputer -Identity $computerFqdn -Pool $OwaPoolFqdn -Confirm:$false -ErrorAction Stop | Out-Null
            $computer = Get-CsTrustedApplicationComputer -Identity $computerFqdn -ErrorAction SilentlyContinue
            if (-not $computer -or (Get-BareFqdn ([string]$computer.Pool)) -ne $poolFqdn) {
                throw ('New-CsTrustedApplicationComputer 후 풀 ' + $OwaPoolFqdn + '에서 컴퓨터 ' + $computerFqdn + '을(를) 찾을 수 없습니다(P-9.1).')
            }
            Write-Host ([string]$OwaPoolFqdn + '에 컴퓨터 ' + $computerFqdn + '을(를) 추가했습니다.')
        }
    }

    if ($existing.Count -eq 0) {
        if (Test-Change $OwaPoolFqdn ('New-CsTrustedApplication ' + $ApplicationId + ', 포트 ' + $Port + ' (P-2.7)')) {
            New-CsTrustedApplication -ApplicationId $ApplicationId -TrustedApplicationPoolFqdn $OwaPoolFqdn -Port $Port -Confirm:$false -ErrorAction Stop | Out-Null
            $created = @(Get-CsTrustedApplication -Identity ($OwaPoolFqdn + '/' + $ApplicationId) -ErrorAction SilentlyContinue)
            if ($created.Count -ne 1 -or [int]$created[0].Port -ne $Port) {
                throw ('New-CsTrustedApplication 후 포트 ' + $Port + '의 신뢰할 수 있는 응용 프로그램 ' + $ApplicationId + '을(를) 찾을 수 없습니다(P-9.1).')
            }
            Write-Host ('신뢰할 수 있는 응용 프로그램 ' + $ApplicationId + '을(를) 포트 ' + $Port + '에 만들었습니다.')
        }
    }

    # P-2.8, P-9.3: 이번 실행에서 만든 것이 없어도 -WhatIf가 아닌 모든 실행에서 게시합니다.
    # 첫 실행에서 개체를 만들고 게시에 실패했을 수 있기 때문입니다.
    if (Test-Change ('Lync 토폴로지') 'Enable-CsTopology (P-2.8, P-9.3)') {
        Enable-CsTopology -Confirm:$false -ErrorAction Stop
        Write-Host '토폴로지를 게시했습니다.'
        # P-9.1: 게시된 토폴로지를 다시 읽습니다. 풀, 풀 안의 계획 컴퓨터, 응용 프로그램과 포트.
        $published = Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue
        if (-not $published) {
            throw ('Enable-CsTopology 후 신뢰할 수 있는 응용 프로그램 풀 ' + $OwaPoolFqdn + '이(가) 토폴로지에 없습니다.')
        }
        $publishedComputers = @(Get-CsTrustedApplicationComputer -Pool $OwaPoolFqdn -ErrorAction SilentlyContinue | ForEach-Object { Get-BareFqdn ([string]$_.Identity) })
        foreach ($computerFqdn in $PoolComputerFqdns) {
            if ($publishedComputers -notcontains $computerFqdn.ToLowerInvariant()) {
                throw ('Enable-CsTopology 후 컴퓨터 ' + $computerFqdn + '이(가) 풀 ' + $OwaPoolFqdn + '에 없습니다.')
            }
        }
        $publishedApplication = @(Get-CsTrustedApplication -Identity ($OwaPoolFqdn + '/' + $ApplicationId) -ErrorAction SilentlyContinue)
        if ($publishedApplication.Count -ne 1 -or [int]$publishedApplication[0].Port -ne $Port) {
            throw ('Enable-CsTopology 후 포트 ' + $Port + '의 신뢰할 수 있는 응용 프로그램 ' + $ApplicationId + '이(가) 풀 ' + $OwaPoolFqdn + '에 없습니다.')
        }
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
