# =============================================================================
# [(${fileName})]
# [(${t.c('discover.title')})]
#
# [(${t.cv('header.runOn', runOn)})]
# [(${t.cv('header.shell', shell)})]
#
# [(${t.c('discover.intro')})]
#   -Part Lync      [(${t.c('discover.partLync')})]
#   -Part Exchange  [(${t.c('discover.partExchange')})]
# [(${t.c('discover.merge')})]
# [(${t.c('discover.readOnly')})]
#
# [(${t.cv('header.generated', generator, generatedAt)})]
# =============================================================================
#Requires -Version 3.0
[CmdletBinding()]
param(
    # [(${t.c('discover.part')})]
    [Parameter(Mandatory = $true)]
    [ValidateSet('Lync', 'Exchange')]
    [string]$Part,
    # [(${t.c('discover.outFile')})]
    [string]$OutFile = (Join-Path (Get-Location).Path 'lyncowa-discovery.discovery.json'),
    # [(${t.c('common.logPath')})]
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# [(${t.c('common.strictMode')})]
Set-StrictMode -Version 1.0

$Format = 'lync-owa-discovery'
$Generator = [(${q.generator})]
$UcmaKey = 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging'

# [(${t.c('discover.isoDate')})]
function ConvertTo-IsoDate($Value) {
    if ($null -eq $Value) { return $null }
    return ([datetime]$Value).ToUniversalTime().ToString('yyyy-MM-dd''T''HH:mm:ss''Z''', [System.Globalization.CultureInfo]::InvariantCulture)
}

# [(${t.c('discover.bareName')})]
function Get-BareName([string]$Value) {
    return ($Value -replace '^[^:]*:', '').Trim().ToLowerInvariant()
}

function Get-DialPlanName($Value) {
    if ($Value.Name) { return [string]$Value.Name }
    return [string]$Value
}

# [(${t.c('discover.ucma')})]
$ReadUcma = {
    param([string]$KeyPath)
    $key = Get-ItemProperty -Path $KeyPath -ErrorAction SilentlyContinue
    $dllPath = ''
    if ($key -and ($key.PSObject.Properties.Name -contains 'ImplementationDLLPath')) { $dllPath = [string]$key.ImplementationDLLPath }
    [pscustomobject]@{ Path = $dllPath; Exists = [bool]($dllPath -and (Test-Path -LiteralPath $dllPath -PathType Leaf)) }
}

[# th:insert="~{_common}" /]
try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    $thisComputer = ([System.Net.Dns]::GetHostEntry([System.Net.Dns]::GetHostName())).HostName.ToLowerInvariant()
    # [(${t.c('discover.existing')})]
    $document = [ordered]@{ format = $Format; version = 1; generator = $Generator; lync = $null; exchange = $null }
    if (Test-Path -LiteralPath $OutFile) {
        $old = (Get-Content -LiteralPath $OutFile -Raw -Encoding UTF8) | ConvertFrom-Json
        if ([string]$old.format -ne $Format) {
            throw ([(${t.f('discover.notDiscoveryFile', '$OutFile')})])
        }
        if ($old.lync) { $document.lync = $old.lync }
        if ($old.exchange) { $document.exchange = $old.exchange }
    }
    if ($Part -eq 'Lync') {
        # [(${t.c('discover.rightShellLync')})]
        if (-not (Get-Command Get-CsPool -ErrorAction SilentlyContinue)) {
            throw [(${t.q('discover.noLyncCmdlet')})]
        }
        # [(${t.c('discover.lyncVersion')})]
        $productVersion = ''
        try { $productVersion = [string](Get-CsServerVersion -ErrorAction Stop) } catch { Write-Warning ([(${t.f('discover.couldNotRead', '''Get-CsServerVersion''', '$_.Exception.Message')})]) }
        # [(${t.c('discover.pools')})]
        $pools = @(Get-CsPool -ErrorAction Stop | ForEach-Object {
            $frontEndPool = $_
            [ordered]@{
                fqdn = ([string]$frontEndPool.Fqdn).ToLowerInvariant()
                site = [string]$frontEndPool.Site
                registrar = [bool](@($frontEndPool.Services | Where-Object { [string]$_ -like 'Registrar:*' }).Count -gt 0)
                computers = @($frontEndPool.Computers | ForEach-Object { ([string]$_).ToLowerInvariant() })
            }
        })
        # [(${t.c('discover.sites')})]
        $sites = @(Get-CsSite -ErrorAction Stop | ForEach-Object {
            [ordered]@{ identity = [string]$_.Identity; siteId = [string]$_.SiteId; displayName = [string]$_.DisplayName }
        })
        # [(${t.c('discover.trustedPools')})]
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
        Write-Host ([(${t.f('discover.lyncFound', '$pools.Count', '$sites.Count', '$trustedPools.Count')})])
    }
    else {
        # [(${t.c('discover.rightShellExchange')})]
        if (-not (Get-Command Get-ExchangeServer -ErrorAction SilentlyContinue)) {
            throw [(${t.q('discover.noExchangeCmdlet')})]
        }
        # [(${t.c('exchange.errorActionStop')})]
        # [(${t.c('discover.dialPlans')})]
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
            # [(${t.c('discover.certificates')})]
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
            catch { Write-Warning ([(${t.f('discover.couldNotRead', '(''Get-ExchangeCertificate -Server '' + $fqdn)', '$_.Exception.Message')})]) }
            # [(${t.c('discover.ucmaEach')})]
            $ucma = $null
            try {
                if ($fqdn -eq $thisComputer) { $ucma = & $ReadUcma $UcmaKey }
                else { $ucma = Invoke-Command -ComputerName $fqdn -ScriptBlock $ReadUcma -ArgumentList $UcmaKey -ErrorAction Stop }
            }
            catch { Write-Warning ([(${t.f('discover.couldNotRead', '(''UCMA '' + $fqdn)', '$_.Exception.Message')})]) }
            # [(${t.c('discover.umServices')})]
            $umServiceDialPlans = @()
            $callRouterDialPlans = @()
            if ($isMailbox -and (Get-Command Get-UMService -ErrorAction SilentlyContinue)) {
                try { $umServiceDialPlans = @((Get-UMService -Identity $fqdn -ErrorAction Stop).DialPlans | ForEach-Object { Get-DialPlanName $_ }) }
                catch { Write-Warning ([(${t.f('discover.couldNotRead', '(''Get-UMService '' + $fqdn)', '$_.Exception.Message')})]) }
            }
            if ($isClientAccess -and (Get-Command Get-UMCallRouterSettings -ErrorAction SilentlyContinue)) {
                try { $callRouterDialPlans = @((Get-UMCallRouterSettings -Server $fqdn -ErrorAction Stop).DialPlans | ForEach-Object { Get-DialPlanName $_ }) }
                catch { Write-Warning ([(${t.f('discover.couldNotRead', '(''Get-UMCallRouterSettings '' + $fqdn)', '$_.Exception.Message')})]) }
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
        # [(${t.c('discover.owa')})]
        $directories = @(Get-OwaVirtualDirectory -ErrorAction Stop | ForEach-Object {
            [ordered]@{ identity = [string]$_.Identity; server = [string]$_.Server; instantMessagingEnabled = [bool]$_.InstantMessagingEnabled; instantMessagingType = [string]$_.InstantMessagingType }
        })
        $policies = @(Get-OwaMailboxPolicy -ErrorAction Stop | ForEach-Object {
            [ordered]@{ name = [string]$_.Name; isDefault = [bool]$_.IsDefault; instantMessagingEnabled = [bool]$_.InstantMessagingEnabled; instantMessagingType = [string]$_.InstantMessagingType }
        })
        # [(${t.c('discover.overrides')})]
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
        Write-Host ([(${t.f('discover.exchangeFound', '$servers.Count', '$directories.Count', '$policies.Count')})])
    }
    foreach ($name in @('lync', 'exchange')) {
        if ($null -eq $document[$name]) { $document.Remove($name) }
    }
    # [(${t.c('discover.write')})]
    $json = $document | ConvertTo-Json -Depth 12
    [System.IO.File]::WriteAllText($OutFile, $json, [System.Text.Encoding]::UTF8)
    Write-Host ([(${t.f('discover.success', '$OutFile')})])
    $exitCode = 0
}
[# th:insert="~{_end}" /]
