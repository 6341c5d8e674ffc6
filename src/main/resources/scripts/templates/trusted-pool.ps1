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
    $site = Get-CsSite | Where-Object { [string]$_.SiteId -eq $SiteId }
    if (-not $site) {
        throw ([(${t.f('trustedPool.noSite', '$SiteId')})])
    }

    $changed = $false
    $pool = Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue
    if ($pool) {
        Write-Host ([(${t.f('trustedPool.poolExists', '$pool.Identity')})])
        if ([string]$pool.Registrar -notlike ('*' + $RegistrarPoolFqdn)) {
            Write-Warning ([(${t.f('trustedPool.otherRegistrar', '$pool.Registrar', '$RegistrarPoolFqdn')})])
        }
    }
    elseif (Test-Change $OwaPoolFqdn 'New-CsTrustedApplicationPool (P-2.3)') {
[# th:if="${!ex2010}"]        # [(${t.c('trustedPool.poolParameters')})]
        $poolParameters = @{
            Identity            = $OwaPoolFqdn
            Registrar           = $RegistrarPoolFqdn
            Site                = $SiteId
            RequiresReplication = $false
        }
        if ($FirstComputerFqdn -ne $OwaPoolFqdn) {
            $poolParameters['ComputerFqdn'] = $FirstComputerFqdn
        }
[/][# th:if="${ex2010}"]        # [(${t.c('trustedPool.poolParameters2010')})]
        $poolParameters = @{
            Identity             = $OwaPoolFqdn
            Registrar            = $RegistrarPoolFqdn
            Site                 = $SiteId
            ComputerFqdn         = $FirstComputerFqdn
            ThrottleAsServer     = $true
            TreatAsAuthenticated = $true
            RequiresReplication  = $false
        }
[/]        New-CsTrustedApplicationPool @poolParameters -Confirm:$false | Out-Null
        Write-Host ([(${t.f('trustedPool.poolCreated', '$OwaPoolFqdn')})])
        $changed = $true
    }

    # [(${t.c('trustedPool.computers')})]
    foreach ($computerFqdn in $ExtraComputerFqdns) {
        $computer = Get-CsTrustedApplicationComputer -Identity $computerFqdn -ErrorAction SilentlyContinue
        if ($computer) {
            Write-Host ([(${t.f('trustedPool.computerExists', '$computerFqdn')})])
        }
        elseif (Test-Change $computerFqdn 'New-CsTrustedApplicationComputer (P-2.10)') {
            New-CsTrustedApplicationComputer -Identity $computerFqdn -Pool $OwaPoolFqdn -Confirm:$false | Out-Null
            Write-Host ([(${t.f('trustedPool.computerAdded', '$computerFqdn', '$OwaPoolFqdn')})])
            $changed = $true
        }
    }

    # [(${t.c('trustedPool.application')})]
    $applications = @(Get-CsTrustedApplication -ErrorAction SilentlyContinue |
        Where-Object { $_.TrustedApplicationPoolFqdn -eq $OwaPoolFqdn })
    $existing = $applications | Where-Object { $_.ApplicationId -eq ('urn:application:' + $ApplicationId) -or $_.ApplicationId -eq $ApplicationId }
    if ($existing) {
        Write-Host ([(${t.f('trustedPool.applicationExists', '$existing.Identity', '$existing.Port')})])
        if ($existing.Port -ne $Port) {
            Write-Warning ([(${t.f('trustedPool.otherPort', '$existing.Port', '$Port')})])
        }
    }
    else {
        $portUser = $applications | Where-Object { $_.Port -eq $Port }
        if ($portUser) {
            throw ([(${t.f('trustedPool.portUsed', '$Port', '$OwaPoolFqdn', '$portUser.ApplicationId')})])
        }
        if (Test-Change $OwaPoolFqdn ([(${t.f('trustedPool.newApplicationAction', '$ApplicationId', '$Port')})])) {
            New-CsTrustedApplication -ApplicationId $ApplicationId -TrustedApplicationPoolFqdn $OwaPoolFqdn -Port $Port -Confirm:$false | Out-Null
            Write-Host ([(${t.f('trustedPool.applicationCreated', '$ApplicationId', '$Port')})])
            $changed = $true
        }
    }

    # [(${t.c('trustedPool.publish')})]
    if ($changed -and (Test-Change ([(${t.q('common.lyncTopology')})]) 'Enable-CsTopology (P-2.8)')) {
        Enable-CsTopology -Confirm:$false
        Write-Host [(${t.q('common.topologyPublished')})]
    }

    Complete-Change ([(${t.f('trustedPool.success', '$OwaPoolFqdn', '$ApplicationId')})])
    $exitCode = 0
}
[# th:insert="~{_end}" /]
