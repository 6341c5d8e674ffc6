[# th:insert="~{_header}" /]
#
[# th:if="${!ex2010}"]# Creates the trusted application pool for OWA on Lync Server 2013 (P-2.3 to P-2.8,
# P-2.10), adds the OWA trusted application to it and publishes the topology.
# Run it only after UCMA 4.0 is confirmed on every Mailbox server (P-1.4).
[/][# th:if="${ex2010}"]# Exchange 2010 (P-7.3): creates the trusted application pool named after the Client
# Access server (or CAS array), with -ComputerFqdn, -ThrottleAsServer, -TreatAsAuthenticated
# and -RequiresReplication $False, adds the OWA trusted application and publishes the topology.
# The registrar must be a Lync Server 2013 pool, also in a mixed 2010/2013 topology.
[/]# Safe to run twice: the pool, its computers and the application are created only when
# they do not exist yet; existing ones are checked against the plan and reported.
# The cmdlet does not open a firewall port for the application (P-2.7).
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    # Where the transcript of this run is written.
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# Strict mode 1.0 catches unset variables; property checks (2.0) would fail on cmdlet objects
# whose properties differ between versions, so those are tested explicitly instead.
Set-StrictMode -Version 1.0

# Values from the plan.
# P-2.4: the FQDN on the OWA certificate
$OwaPoolFqdn = [(${q.owaPoolFqdn})]
# P-2.5: the Lync Server 2013 pool
$RegistrarPoolFqdn = [(${q.registrarPoolFqdn})]
# P-2.6: SiteId, not DisplayName or Identity
$SiteId = [(${q.siteId})]
# P-2.7
$ApplicationId = [(${q.applicationId})]
# P-2.7: validated integer 1-65535
$Port = [(${port})]
# P-2.10 / P-7.3: the pool's -ComputerFqdn
$FirstComputerFqdn = [(${q.firstPoolComputer})]
# P-2.10: added with New-CsTrustedApplicationComputer
$ExtraComputerFqdns = [(${q.extraPoolComputers})]

Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
$exitCode = 1
try {
    # Right shell: the Lync Server Management Shell provides the Cs cmdlets.
    if (-not (Get-Command New-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
        throw 'New-CsTrustedApplicationPool was not found: run this script in the Lync Server Management Shell on a Lync Server 2013 front-end server.'
    }

    # P-2.5: the registrar pool must exist and run the Registrar service.
    $registrar = Get-CsService -Registrar -ErrorAction SilentlyContinue |
        Where-Object { $_.PoolFqdn -eq $RegistrarPoolFqdn }
    if (-not $registrar) {
        throw ('No Registrar service runs on pool ' + $RegistrarPoolFqdn + ' (P-2.5). Check the plan value.')
    }
    # P-2.6: -Site takes a SiteId; list them with Get-CsSite | Select-Object DisplayName, SiteId.
    $site = Get-CsSite | Where-Object { [string]$_.SiteId -eq $SiteId }
    if (-not $site) {
        throw ('No Lync site has SiteId ' + $SiteId + ' (P-2.6). Run: Get-CsSite | Select-Object DisplayName, SiteId')
    }

    $changed = $false
    $pool = Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue
    if ($pool) {
        Write-Host ('Trusted application pool already exists: ' + $pool.Identity)
        if ([string]$pool.Registrar -notlike ('*' + $RegistrarPoolFqdn)) {
            Write-Warning ('The existing pool uses registrar ' + $pool.Registrar + ', not ' + $RegistrarPoolFqdn + '. It is left as it is.')
        }
    }
    elseif ($PSCmdlet.ShouldProcess($OwaPoolFqdn, 'New-CsTrustedApplicationPool (P-2.3)')) {
[# th:if="${!ex2010}"]        # P-2.3; P-2.10: the first pool computer, when the plan names computers.
        $poolParameters = @{
            Identity            = $OwaPoolFqdn
            Registrar           = $RegistrarPoolFqdn
            Site                = $SiteId
            RequiresReplication = $false
        }
        if ($FirstComputerFqdn -ne $OwaPoolFqdn) {
            $poolParameters['ComputerFqdn'] = $FirstComputerFqdn
        }
[/][# th:if="${ex2010}"]        # P-7.3: the pool is the CAS (or CAS array) with its computers.
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
        Write-Host ('Created trusted application pool ' + $OwaPoolFqdn)
        $changed = $true
    }

    # P-2.10: every further computer of the OWA pool.
    foreach ($computerFqdn in $ExtraComputerFqdns) {
        $computer = Get-CsTrustedApplicationComputer -Identity $computerFqdn -ErrorAction SilentlyContinue
        if ($computer) {
            Write-Host ('Trusted application computer already exists: ' + $computerFqdn)
        }
        elseif ($PSCmdlet.ShouldProcess($computerFqdn, 'New-CsTrustedApplicationComputer (P-2.10)')) {
            New-CsTrustedApplicationComputer -Identity $computerFqdn -Pool $OwaPoolFqdn -Confirm:$false | Out-Null
            Write-Host ('Added computer ' + $computerFqdn + ' to ' + $OwaPoolFqdn)
            $changed = $true
        }
    }

    # P-2.7: the application, unique in the pool by id and by port.
    $applications = @(Get-CsTrustedApplication -ErrorAction SilentlyContinue |
        Where-Object { $_.TrustedApplicationPoolFqdn -eq $OwaPoolFqdn })
    $existing = $applications | Where-Object { $_.ApplicationId -eq ('urn:application:' + $ApplicationId) -or $_.ApplicationId -eq $ApplicationId }
    if ($existing) {
        Write-Host ('Trusted application already exists: ' + $existing.Identity + ' (port ' + $existing.Port + ')')
        if ($existing.Port -ne $Port) {
            Write-Warning ('The existing application listens on port ' + $existing.Port + ', the plan says ' + $Port + '. It is left as it is.')
        }
    }
    else {
        $portUser = $applications | Where-Object { $_.Port -eq $Port }
        if ($portUser) {
            throw ('Port ' + $Port + ' is already used in pool ' + $OwaPoolFqdn + ' by ' + $portUser.ApplicationId + ' (P-2.7).')
        }
        if ($PSCmdlet.ShouldProcess($OwaPoolFqdn, 'New-CsTrustedApplication ' + $ApplicationId + ' on port ' + $Port + ' (P-2.7)')) {
            New-CsTrustedApplication -ApplicationId $ApplicationId -TrustedApplicationPoolFqdn $OwaPoolFqdn -Port $Port -Confirm:$false | Out-Null
            Write-Host ('Created trusted application ' + $ApplicationId + ' on port ' + $Port)
            $changed = $true
        }
    }

    # P-2.8: publish the change.
    if ($changed -and $PSCmdlet.ShouldProcess('Lync topology', 'Enable-CsTopology (P-2.8)')) {
        Enable-CsTopology -Confirm:$false
        Write-Host 'Topology published.'
    }

    Write-Host ('SUCCESS: trusted application pool ' + $OwaPoolFqdn + ' and application ' + $ApplicationId + ' are in place.')
    $exitCode = 0
}
catch {
    Write-Host ('FAILURE: ' + $_.Exception.Message)
}
finally {
    Stop-Transcript -ErrorAction SilentlyContinue | Out-Null
}
exit $exitCode
