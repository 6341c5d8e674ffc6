# =============================================================================
# 08-discover.ps1
# 검색: Lync 또는 비즈니스용 Skype 서버와 Exchange의 구성을 읽어 마법사용 파일 하나로 씁니다.
#
# 실행 위치 : Lync 또는 비즈니스용 Skype 서버 프런트 엔드 서버 한 대(-Part Lync), Exchange 서버 한 대(-Part Exchange)
# 셸        : Lync Server 또는 비즈니스용 Skype 서버 관리 셸(-Part Lync), Exchange 관리 셸(-Part Exchange)
#
# 각 부분을 해당 셸에서 한 번씩, 두 번 실행하십시오.
#   -Part Lync      프런트 엔드 서버의 Lync Server 또는 비즈니스용 Skype 서버 관리 셸에서
#   -Part Exchange  Exchange 서버의 Exchange 관리 셸에서(모든 서버를 읽습니다)
# 두 부분 모두 같은 -OutFile에 씁니다. 두 번째 실행은 첫 번째 실행이 찾은 내용을 유지합니다. 이 파일을 마법사 시작 페이지에서 가져오십시오.
# 읽기 전용: 어떤 서버도 변경하지 않으며 암호를 묻지도 저장하지도 않습니다.
#
# 생성 도구: lync-owa-wizard test, 생성 시각: 2026-01-01T00:00:00Z
# =============================================================================
#Requires -Version 3.0
[CmdletBinding()]
param(
    # 이 스크립트가 실행되는 셸에 따라 읽을 부분입니다(위 참조).
    [Parameter(Mandatory = $true)]
    [ValidateSet('Lync', 'Exchange')]
    [string]$Part,
    # 쓸 검색 파일입니다(다른 부분이 이미 쓴 경우 그 파일과 병합합니다).
    [string]$OutFile = (Join-Path (Get-Location).Path 'lyncowa-discovery.discovery.json'),
    # 이번 실행 기록(transcript)을 쓸 위치입니다.
    [string]$LogPath = (Join-Path $env:TEMP 'lyncowa-08-discover.log')
)

$ErrorActionPreference = 'Stop'
# Strict 모드 1.0은 설정되지 않은 변수를 잡아냅니다. 속성 검사(2.0)는 버전마다 속성이 다른
# cmdlet 개체에서 실패하므로, 그런 속성은 코드에서 따로 확인합니다.
Set-StrictMode -Version 1.0

$Format = 'lync-owa-discovery'
$Generator = 'lync-owa-wizard test'
$UcmaKey = 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging'

# 서버의 국가별 설정과 관계없이 날짜는 UTC의 ISO-8601 형식입니다.
function ConvertTo-IsoDate($Value) {
    if ($null -eq $Value) { return $null }
    return ([datetime]$Value).ToUniversalTime().ToString('yyyy-MM-dd''T''HH:mm:ss''Z''', [System.Globalization.CultureInfo]::InvariantCulture)
}

# Lync는 개체 이름에 접두사(Registrar:, TrustedApplicationPool:, Site:)를 붙입니다. 호스트 이름이 필요한 곳에서는 접두사를 뺍니다.
function Get-BareName([string]$Value) {
    return ($Value -replace '^[^:]*:', '').Trim().ToLowerInvariant()
}

function Get-DialPlanName($Value) {
    if ($Value.Name) { return [string]$Value.Name }
    return [string]$Value
}

# P-1.4: 각 서버에서 읽은 UCMA 레지스트리 값과 그 파일의 존재 여부입니다.
$ReadUcma = {
    param([string]$KeyPath)
    $key = Get-ItemProperty -Path $KeyPath -ErrorAction SilentlyContinue
    $dllPath = ''
    if ($key -and ($key.PSObject.Properties.Name -contains 'ImplementationDLLPath')) { $dllPath = [string]$key.ImplementationDLLPath }
    [pscustomobject]@{ Path = $dllPath; Exists = [bool]($dllPath -and (Test-Path -LiteralPath $dllPath -PathType Leaf)) }
}

# 실행이 마지막 줄에 이를 때까지 종료 코드는 1입니다. 기록(transcript)은 try 안에서 시작하므로
# 기록을 시작하지 못해도 FAILURE 줄로 끝납니다.
$exitCode = 1
$transcribing = $false

try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    $thisComputer = ([System.Net.Dns]::GetHostEntry([System.Net.Dns]::GetHostName())).HostName.ToLowerInvariant()
    # 다른 부분이 쓴 기존 파일은 유지합니다. 다른 파일은 거부하며 절대 덮어쓰지 않습니다.
    $document = [ordered]@{ format = $Format; version = 1; generator = $Generator; lync = $null; exchange = $null }
    if (Test-Path -LiteralPath $OutFile) {
        $old = (Get-Content -LiteralPath $OutFile -Raw -Encoding UTF8) | ConvertFrom-Json
        if ([string]$old.format -ne $Format) {
            throw ($OutFile + '은(는) 검색 파일이 아니므로 변경하지 않았습니다. 다른 -OutFile을 지정하십시오.')
        }
        if ($old.lync) { $document.lync = $old.lync }
        if ($old.exchange) { $document.exchange = $old.exchange }
    }
    if ($Part -eq 'Lync') {
        # 올바른 셸: Lync Server 또는 비즈니스용 Skype 서버 관리 셸이 Cs cmdlet을 제공합니다.
        if (-not (Get-Command Get-CsPool -ErrorAction SilentlyContinue)) {
            throw 'Get-CsPool을 찾을 수 없습니다. -Part Lync는 Lync Server 또는 비즈니스용 Skype 서버 관리 셸에서 실행하십시오.'
        }
        # P-8.1: Lync 또는 비즈니스용 Skype 서버의 버전입니다.
        $productVersion = ''
        try { $productVersion = [string](Get-CsServerVersion -ErrorAction Stop) } catch { Write-Warning ([string]'Get-CsServerVersion' + '을(를) 읽을 수 없습니다: ' + $_.Exception.Message + '. 마법사가 이 값을 묻습니다.') }
        # P-2.5: 풀과 각 풀이 등록자 서비스를 실행하는지 여부입니다.
        $pools = @(Get-CsPool -ErrorAction Stop | ForEach-Object {
            $frontEndPool = $_
            [ordered]@{
                fqdn = ([string]$frontEndPool.Fqdn).ToLowerInvariant()
                site = [string]$frontEndPool.Site
                registrar = [bool](@($frontEndPool.Services | Where-Object { [string]$_ -like 'Registrar:*' }).Count -gt 0)
                computers = @($frontEndPool.Computers | ForEach-Object { ([string]$_).ToLowerInvariant() })
            }
        })
        # P-2.6: 각 사이트의 표시 이름과 SiteId입니다.
        $sites = @(Get-CsSite -ErrorAction Stop | ForEach-Object {
            [ordered]@{ identity = [string]$_.Identity; siteId = [string]$_.SiteId; displayName = [string]$_.DisplayName }
        })
        # P-2.2, P-9.4: 이미 있는 신뢰할 수 있는 응용 프로그램 풀과 그 컴퓨터, 응용 프로그램입니다.
        $applications = @(Get-CsTrustedApplication -ErrorAction Stop)
        $trustedPools = @(Get-CsTrustedApplicationPool -ErrorAction Stop | ForEach-Object {
            $trusted = $_
            $fqdn = Get-BareName ([string]$trusted.PoolFqdn)
            if (-not $fqdn) { $fqdn = Get-BareName ([string]$trusted.Identity) }
            $computers = @(Get-CsTrustedApplicationComputer -Pool $fqdn -ErrorAction SilentlyContinue | ForEach-Object { Get-BareName ([string]$_.Identity) })
            [ordered]@{
                fqdn = $fqdn
                registrar = Get-BareName ([string]$trusted.Registrar)
                site = [string]$trusted.SiteId
                computers = $computers
                applications = @($applications | Where-Object { (Get-BareName ([string]$_.TrustedApplicationPoolFqdn)) -eq $fqdn } | ForEach-Object {
                    [ordered]@{ applicationId = [string]$_.ApplicationId; port = [int]$_.Port }
                })
            }
        })
        $document.lync = [ordered]@{
            discoveredAt = ConvertTo-IsoDate (Get-Date)
            computer = $thisComputer
            productVersion = $productVersion
            pools = $pools
            sites = $sites
            trustedApplicationPools = $trustedPools
        }
        Write-Host ('풀 ' + $pools.Count + '개, 사이트 ' + $sites.Count + '개, 신뢰할 수 있는 응용 프로그램 풀 ' + $trustedPools.Count + '개를 읽었습니다.')
    }
    else {
        # 올바른 셸: Exchange 관리 셸입니다.
        if (-not (Get-Command Get-ExchangeServer -ErrorAction SilentlyContinue)) {
            throw 'Get-ExchangeServer를 찾을 수 없습니다. -Part Exchange는 Exchange 관리 셸에서 실행하십시오.'
        }
        # P-9.1: Exchange 관리 셸 cmdlet은 암시적 원격으로 실행되므로 스크립트의 $ErrorActionPreference가
# 적용되지 않습니다. 모든 Exchange cmdlet에 -ErrorAction Stop을 붙이고, 모든 변경은 해당 Get- cmdlet으로
# 다시 읽어 확인합니다. 값이 다르면 FAILURE입니다.
        # P-2.1, P-2.9: URI 유형이 SipName인 UM 다이얼 플랜입니다(Exchange 2013, 2016).
        $dialPlans = @()
        if (Get-Command Get-UMDialPlan -ErrorAction SilentlyContinue) {
            $dialPlans = @(Get-UMDialPlan -ErrorAction Stop | Where-Object { [string]$_.URIType -eq 'SipName' } | ForEach-Object {
                [ordered]@{ name = [string]$_.Name; uriType = [string]$_.URIType }
            })
        }
        $servers = @()
        foreach ($server in @(Get-ExchangeServer -ErrorAction Stop)) {
            $fqdn = ([string]$server.Fqdn).ToLowerInvariant()
            $isMailbox = [bool]$server.IsMailboxServer
            $isClientAccess = [bool]$server.IsClientAccessServer
            if (-not ($isMailbox -or $isClientAccess)) { continue }
            Write-Host ('== ' + $fqdn)
            # P-3.4, P-8.6, P-9.2: 이 서버에서 IIS에 바인딩된 인증서입니다.
            $certificates = @()
            try {
                $certificates = @(Get-ExchangeCertificate -Server $fqdn -ErrorAction Stop | Where-Object { [string]$_.Services -match 'IIS' } | ForEach-Object {
                    [ordered]@{
                        thumbprint = [string]$_.Thumbprint
                        subject = [string]$_.Subject
                        domains = @($_.CertificateDomains | ForEach-Object { [string]$_ })
                        notBefore = ConvertTo-IsoDate $_.NotBefore
                        notAfter = ConvertTo-IsoDate $_.NotAfter
                        hasPrivateKey = [bool]$_.HasPrivateKey
                    }
                })
            }
            catch { Write-Warning ([string]('Get-ExchangeCertificate -Server ' + $fqdn) + '을(를) 읽을 수 없습니다: ' + $_.Exception.Message + '. 마법사가 이 값을 묻습니다.') }
            # 다른 서버는 PowerShell 원격으로 읽습니다. 그럴 수 없으면 마법사가 묻습니다.
            $ucma = $null
            try {
                if ($fqdn -eq $thisComputer) { $ucma = & $ReadUcma $UcmaKey }
                else { $ucma = Invoke-Command -ComputerName $fqdn -ScriptBlock $ReadUcma -ArgumentList $UcmaKey -ErrorAction Stop }
            }
            catch { Write-Warning ([string]('UCMA ' + $fqdn) + '을(를) 읽을 수 없습니다: ' + $_.Exception.Message + '. 마법사가 이 값을 묻습니다.') }
            # P-2.1: 이 서버의 UM 서비스와 UM 통화 라우터가 제공하는 다이얼 플랜입니다.
            $umServiceDialPlans = @()
            $callRouterDialPlans = @()
            if ($isMailbox -and (Get-Command Get-UMService -ErrorAction SilentlyContinue)) {
                try { $umServiceDialPlans = @((Get-UMService -Identity $fqdn -ErrorAction Stop).DialPlans | ForEach-Object { Get-DialPlanName $_ }) }
                catch { Write-Warning ([string]('Get-UMService ' + $fqdn) + '을(를) 읽을 수 없습니다: ' + $_.Exception.Message + '. 마법사가 이 값을 묻습니다.') }
            }
            if ($isClientAccess -and (Get-Command Get-UMCallRouterSettings -ErrorAction SilentlyContinue)) {
                try { $callRouterDialPlans = @((Get-UMCallRouterSettings -Server $fqdn -ErrorAction Stop).DialPlans | ForEach-Object { Get-DialPlanName $_ }) }
                catch { Write-Warning ([string]('Get-UMCallRouterSettings ' + $fqdn) + '을(를) 읽을 수 없습니다: ' + $_.Exception.Message + '. 마법사가 이 값을 묻습니다.') }
            }
            $entry = [ordered]@{
                name = [string]$server.Name
                fqdn = $fqdn
                adminDisplayVersion = [string]$server.AdminDisplayVersion
                mailbox = $isMailbox
                clientAccess = $isClientAccess
                iisCertificates = $certificates
                umServiceDialPlans = $umServiceDialPlans
                callRouterDialPlans = $callRouterDialPlans
            }
            if ($ucma) {
                $entry.ucmaImplementationDllPath = [string]$ucma.Path
                $entry.ucmaDllExists = [bool]$ucma.Exists
            }
            $servers += $entry
        }
        # P-3.1, P-4: 프런트 엔드 OWA 가상 디렉터리와 OWA 사서함 정책입니다.
        $directories = @(Get-OwaVirtualDirectory -ErrorAction Stop | ForEach-Object {
            [ordered]@{ identity = [string]$_.Identity; server = [string]$_.Server; instantMessagingEnabled = [bool]$_.InstantMessagingEnabled; instantMessagingType = [string]$_.InstantMessagingType }
        })
        $policies = @(Get-OwaMailboxPolicy -ErrorAction Stop | ForEach-Object {
            [ordered]@{ name = [string]$_.Name; isDefault = [bool]$_.IsDefault; instantMessagingEnabled = [bool]$_.InstantMessagingEnabled; instantMessagingType = [string]$_.InstantMessagingType }
        })
        # P-8.5, P-8.8: 이미 있는 IM 설정 재정의입니다(Exchange 2016 이상).
        $overrides = @()
        if (Get-Command Get-SettingOverride -ErrorAction SilentlyContinue) {
            $overrides = @(Get-SettingOverride -ErrorAction Stop | Where-Object { [string]$_.ComponentName -eq 'OwaServer' -and [string]$_.SectionName -eq 'IMSettings' } | ForEach-Object {
                [ordered]@{ name = [string]$_.Name; component = [string]$_.ComponentName; section = [string]$_.SectionName; servers = @($_.Server | ForEach-Object { [string]$_ }); parameters = @($_.Parameters | ForEach-Object { [string]$_ }) }
            })
        }
        $document.exchange = [ordered]@{
            discoveredAt = ConvertTo-IsoDate (Get-Date)
            computer = $thisComputer
            servers = $servers
            umDialPlans = $dialPlans
            owaVirtualDirectories = $directories
            owaMailboxPolicies = $policies
            imSettingOverrides = $overrides
        }
        Write-Host ('서버 ' + $servers.Count + '대, OWA 가상 디렉터리 ' + $directories.Count + '개, OWA 사서함 정책 ' + $policies.Count + '개를 읽었습니다.')
    }
    foreach ($name in @('lync', 'exchange')) {
        if ($null -eq $document[$name]) { $document.Remove($name) }
    }
    # UTF-8 JSON 파일 하나입니다.
    $json = $document | ConvertTo-Json -Depth 12
    [System.IO.File]::WriteAllText($OutFile, $json, [System.Text.Encoding]::UTF8)
    Write-Host ('SUCCESS: 검색 결과를 ' + $OutFile + '에 썼습니다. 마법사 시작 페이지에서 가져오십시오.')
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
