[# th:insert="~{_header}" /]
#
[# th:if="${!ex2010}"]# [(${t.c('trustedPool.intro')})]
[/][# th:if="${ex2010}"]# [(${t.c('trustedPool.intro2010')})]
[/]# [(${t.c('trustedPool.idempotent')})]
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    # [(${t.c('common.logPath')})]
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# [(${t.c('common.strictMode')})]
Set-StrictMode -Version 1.0

# [(${t.c('common.planValues')})]
# [(${t.c('trustedPool.owaPoolFqdn')})]
$OwaPoolFqdn = [(${q.owaPoolFqdn})]
# [(${t.c('trustedPool.registrarPoolFqdn')})]
$RegistrarPoolFqdn = [(${q.registrarPoolFqdn})]
# [(${t.c('trustedPool.siteId')})]
$SiteId = [(${q.siteId})]
# P-2.7
$ApplicationId = [(${q.applicationId})]
# [(${t.c('trustedPool.port')})]
$Port = [(${port})]
# [(${t.c('trustedPool.firstComputer')})]
$FirstComputerFqdn = [(${q.firstPoolComputer})]
# [(${t.c('trustedPool.extraComputers')})]
$ExtraComputerFqdns = [(${q.extraPoolComputers})]
$PoolComputerFqdns = @(@($FirstComputerFqdn) + $ExtraComputerFqdns)

# [(${t.c('remediation.bareFqdn')})]
function Get-BareFqdn([string]$Value) {
    return ($Value -replace '^[^:]*:', '').ToLowerInvariant()
}

[# th:insert="~{_common}" /]
try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    # [(${t.c('common.rightShellCs')})]
    if (-not (Get-Command New-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
        throw [(${t.q('trustedPool.noCmdlet')})]
    }

    # [(${t.c('trustedPool.registrarCheck')})]
    $registrar = Get-CsService -Registrar -ErrorAction SilentlyContinue |
        Where-Object { $_.PoolFqdn -eq $RegistrarPoolFqdn }
    if (-not $registrar) {
        throw ([(${t.f('trustedPool.noRegistrar', '$RegistrarPoolFqdn')})])
    }
    # [(${t.c('trustedPool.siteCheck')})]
    $site = Get-CsSite | Where-Object { [string]$_.SiteId -eq $SiteId } | Select-Object -First 1
    if (-not $site) {
        throw ([(${t.f('trustedPool.noSite', '$SiteId')})])
    }

    # [(${t.ci('trustedPool.compare', '    # ')})]
    $poolFqdn = $OwaPoolFqdn.ToLowerInvariant()
    $problems = @()
    $pool = Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue
    if ($pool) {
        Write-Host ([(${t.f('trustedPool.poolExists', '$pool.Identity')})])
        if ((Get-BareFqdn ([string]$pool.Registrar)) -ne $RegistrarPoolFqdn.ToLowerInvariant()) {
            $problems += ([(${t.f('trustedPool.fixRegistrar', '$OwaPoolFqdn', '$pool.Registrar', '$RegistrarPoolFqdn')})])
        }
        # [(${t.c('trustedPool.siteIdentity')})]
        if ([string]$pool.SiteId -ne [string]$site.Identity) {
            $problems += ([(${t.f('trustedPool.fixSite', '$OwaPoolFqdn', '$pool.SiteId', '$site.Identity')})])
        }
    }
    # [(${t.c('trustedPool.computers')})]
    $missingComputers = @()
    foreach ($computerFqdn in $PoolComputerFqdns) {
        $computer = Get-CsTrustedApplicationComputer -Identity $computerFqdn -ErrorAction SilentlyContinue
        if (-not $computer) {
            $missingComputers += $computerFqdn
        }
        elseif ((Get-BareFqdn ([string]$computer.Pool)) -ne $poolFqdn) {
            $problems += ([(${t.f('trustedPool.fixComputerPool', '$computerFqdn', '$computer.Pool', '$OwaPoolFqdn')})])
        }
        else {
            Write-Host ([(${t.f('trustedPool.computerExists', '$computerFqdn')})])
        }
    }
    if ($pool) {
        foreach ($computer in @(Get-CsTrustedApplicationComputer -Pool $OwaPoolFqdn -ErrorAction SilentlyContinue)) {
            $computerFqdn = Get-BareFqdn ([string]$computer.Identity)
            if (@($PoolComputerFqdns | Where-Object { $_ -eq $computerFqdn }).Count -eq 0) {
                Write-Warning ([(${t.f('trustedPool.otherComputer', '$computerFqdn', '$OwaPoolFqdn')})])
            }
        }
    }
    # [(${t.c('trustedPool.application')})]
    $applications = @(Get-CsTrustedApplication -ErrorAction SilentlyContinue |
        Where-Object { (Get-BareFqdn ([string]$_.TrustedApplicationPoolFqdn)) -eq $poolFqdn })
    $existing = @($applications | Where-Object { [string]$_.ApplicationId -eq ('urn:application:' + $ApplicationId) -or [string]$_.ApplicationId -eq $ApplicationId })
    foreach ($application in $existing) {
        Write-Host ([(${t.f('trustedPool.applicationExists', '$application.Identity', '$application.Port')})])
        if ([int]$application.Port -ne $Port) {
            $problems += ([(${t.f('trustedPool.fixPort', '$application.Identity', '$application.Port', '$Port')})])
        }
    }
    if ($existing.Count -eq 0) {
        foreach ($portUser in @($applications | Where-Object { [int]$_.Port -eq $Port })) {
            $problems += ([(${t.f('trustedPool.portUsed', '$Port', '$OwaPoolFqdn', '$portUser.Identity')})])
        }
    }
    if ($problems.Count -gt 0) {
        foreach ($problem in $problems) {
            Write-Host ('PROBLEM ' + $problem)
        }
        throw ([(${t.f('trustedPool.differences', '$problems.Count')})])
    }

    if (-not $pool) {
        if (Test-Change $OwaPoolFqdn 'New-CsTrustedApplicationPool (P-2.3)') {
[# th:if="${!ex2010}"]            # [(${t.c('trustedPool.poolParameters')})]
            $poolParameters = @{
                Identity            = $OwaPoolFqdn
                Registrar           = $RegistrarPoolFqdn
                Site                = $SiteId
                RequiresReplication = $false
            }
            if ($FirstComputerFqdn -ne $OwaPoolFqdn) {
                $poolParameters['ComputerFqdn'] = $FirstComputerFqdn
            }
[/][# th:if="${ex2010}"]            # [(${t.c('trustedPool.poolParameters2010')})]
            $poolParameters = @{
                Identity             = $OwaPoolFqdn
                Registrar            = $RegistrarPoolFqdn
                Site                 = $SiteId
                ComputerFqdn         = $FirstComputerFqdn
                ThrottleAsServer     = $true
                TreatAsAuthenticated = $true
                RequiresReplication  = $false
            }
[/]            New-CsTrustedApplicationPool @poolParameters -Confirm:$false -ErrorAction Stop | Out-Null
            # [(${t.c('trustedPool.readBack')})]
            $pool = Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue
            if (-not $pool -or (Get-BareFqdn ([string]$pool.Registrar)) -ne $RegistrarPoolFqdn.ToLowerInvariant() -or [string]$pool.SiteId -ne [string]$site.Identity) {
                throw ([(${t.f('trustedPool.poolNotCreated', '$OwaPoolFqdn')})])
            }
            Write-Host ([(${t.f('trustedPool.poolCreated', '$OwaPoolFqdn')})])
            # [(${t.c('trustedPool.firstComputerCreated')})]
            $missingComputers = @($missingComputers | Where-Object { $_ -ne $FirstComputerFqdn })
        }
        elseif (-not $WhatIfPreference) {
            # [(${t.c('trustedPool.nothingWithoutPool')})]
            throw ([(${t.f('common.declined', '($Declined -join ''; '')')})])
        }
    }

    # [(${t.c('trustedPool.addComputers')})]
    foreach ($computerFqdn in $missingComputers) {
        if (Test-Change $computerFqdn ('New-CsTrustedApplicationComputer -Pool ' + $OwaPoolFqdn + ' (P-2.10)')) {
            New-CsTrustedApplicationComputer -Identity $computerFqdn -Pool $OwaPoolFqdn -Confirm:$false -ErrorAction Stop | Out-Null
            $computer = Get-CsTrustedApplicationComputer -Identity $computerFqdn -ErrorAction SilentlyContinue
            if (-not $computer -or (Get-BareFqdn ([string]$computer.Pool)) -ne $poolFqdn) {
                throw ([(${t.f('trustedPool.computerNotAdded', '$computerFqdn', '$OwaPoolFqdn')})])
            }
            Write-Host ([(${t.f('trustedPool.computerAdded', '$computerFqdn', '$OwaPoolFqdn')})])
        }
    }

    if ($existing.Count -eq 0) {
        if (Test-Change $OwaPoolFqdn ([(${t.f('trustedPool.newApplicationAction', '$ApplicationId', '$Port')})])) {
            New-CsTrustedApplication -ApplicationId $ApplicationId -TrustedApplicationPoolFqdn $OwaPoolFqdn -Port $Port -Confirm:$false -ErrorAction Stop | Out-Null
            $created = @(Get-CsTrustedApplication -Identity ($OwaPoolFqdn + '/' + $ApplicationId) -ErrorAction SilentlyContinue)
            if ($created.Count -ne 1 -or [int]$created[0].Port -ne $Port) {
                throw ([(${t.f('trustedPool.applicationNotCreated', '$ApplicationId', '$Port')})])
            }
            Write-Host ([(${t.f('trustedPool.applicationCreated', '$ApplicationId', '$Port')})])
        }
    }

    # [(${t.ci('trustedPool.publish', '    # ')})]
    if (Test-Change ([(${t.q('common.lyncTopology')})]) 'Enable-CsTopology (P-2.8, P-9.3)') {
        Enable-CsTopology -Confirm:$false -ErrorAction Stop
        Write-Host [(${t.q('common.topologyPublished')})]
        # [(${t.c('trustedPool.readBackPublished')})]
        $published = Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue
        if (-not $published) {
            throw ([(${t.f('trustedPool.notPublished', '$OwaPoolFqdn')})])
        }
        $publishedComputers = @(Get-CsTrustedApplicationComputer -Pool $OwaPoolFqdn -ErrorAction SilentlyContinue | ForEach-Object { Get-BareFqdn ([string]$_.Identity) })
        foreach ($computerFqdn in $PoolComputerFqdns) {
            if ($publishedComputers -notcontains $computerFqdn.ToLowerInvariant()) {
                throw ([(${t.f('trustedPool.computerNotPublished', '$computerFqdn', '$OwaPoolFqdn')})])
            }
        }
        $publishedApplication = @(Get-CsTrustedApplication -Identity ($OwaPoolFqdn + '/' + $ApplicationId) -ErrorAction SilentlyContinue)
        if ($publishedApplication.Count -ne 1 -or [int]$publishedApplication[0].Port -ne $Port) {
            throw ([(${t.f('trustedPool.applicationNotPublished', '$ApplicationId', '$Port', '$OwaPoolFqdn')})])
        }
    }

    Complete-Change ([(${t.f('trustedPool.success', '$OwaPoolFqdn', '$ApplicationId')})])
    $exitCode = 0
}
[# th:insert="~{_end}" /]
