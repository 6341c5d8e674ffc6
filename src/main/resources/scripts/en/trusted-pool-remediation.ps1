[# th:insert="~{_header}" /]
#
# Remediation for co-located UM (P-2.1, P-2.2). When the Exchange UM Call Router and
# UM services share a computer that hosts a SIP URI dial plan, Lync autodiscovers that
# server; a trusted application pool created by hand for it as well breaks OWA IM
# (events 14492/14493/14495 and 44024). This script finds the trusted application pools
# that contain one of the plan's Exchange servers and, after confirmation, removes their
# applications and the pools, then publishes the topology.
#
# DESTRUCTIVE: it only touches pools whose computers are among the plan's Exchange
# servers, asks before every removal (ConfirmImpact High) and does nothing with -WhatIf.
# Run it with -WhatIf first. If nothing matches it changes nothing and says so.
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    # Limit the remediation to these trusted application pool FQDNs (default: every match).
    [string[]]$OnlyPool = @(),
    # Where the transcript of this run is written.
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# Strict mode 1.0 catches unset variables; property checks (2.0) would fail on cmdlet objects
# whose properties differ between versions, so those are tested explicitly instead.
Set-StrictMode -Version 1.0

# Values from the plan: the Exchange servers Lync autodiscovers (P-2.1).
$MailboxServers = [(${q.mailboxServers})]
$ClientAccessServers = [(${q.clientAccessServers})]
$ExchangeServers = @($MailboxServers + $ClientAccessServers | ForEach-Object { $_.ToLowerInvariant() } | Select-Object -Unique)

# Lync prints identities with a kind prefix ("TrustedApplicationPool:fqdn"): compare bare FQDNs.
function Get-BareFqdn([string]$Value) {
    return ($Value -replace '^[^:]*:', '').ToLowerInvariant()
}

Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
$exitCode = 1
try {
    # Right shell: the Lync Server Management Shell provides the Cs cmdlets.
    if (-not (Get-Command Remove-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
        throw 'Remove-CsTrustedApplicationPool was not found: run this script in the Lync Server Management Shell on a Lync Server 2013 front-end server.'
    }

    # Pools that hold one of the Exchange servers as a computer, or are named after one.
    $poolFqdns = @()
    foreach ($computer in @(Get-CsTrustedApplicationComputer -ErrorAction SilentlyContinue)) {
        $computerFqdn = Get-BareFqdn ([string]$computer.Identity)
        if ($ExchangeServers -contains $computerFqdn) {
            $poolFqdns += Get-BareFqdn ([string]$computer.Pool)
        }
    }
    foreach ($pool in @(Get-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
        $poolFqdn = Get-BareFqdn ([string]$pool.PoolFqdn)
        if ($ExchangeServers -contains $poolFqdn) {
            $poolFqdns += $poolFqdn
        }
    }
    $poolFqdns = @($poolFqdns | Select-Object -Unique)
    if ($OnlyPool.Count -gt 0) {
        $only = @($OnlyPool | ForEach-Object { $_.ToLowerInvariant() })
        $poolFqdns = @($poolFqdns | Where-Object { $only -contains $_ })
    }

    $changed = $false
    if ($poolFqdns.Count -eq 0) {
        Write-Host 'No trusted application pool contains one of the Exchange servers.'
    }
    foreach ($poolFqdn in $poolFqdns) {
        Write-Host ('Trusted application pool created by hand for an autodiscovered Exchange server: ' + $poolFqdn)
        $applications = @(Get-CsTrustedApplication -ErrorAction SilentlyContinue |
            Where-Object { (Get-BareFqdn ([string]$_.TrustedApplicationPoolFqdn)) -eq $poolFqdn })
        foreach ($application in $applications) {
            if ($PSCmdlet.ShouldProcess([string]$application.Identity, 'Remove-CsTrustedApplication (P-2.2)')) {
                Remove-CsTrustedApplication -Identity $application.Identity -Confirm:$false
                Write-Host ('Removed trusted application ' + $application.Identity)
                $changed = $true
            }
        }
        if ($PSCmdlet.ShouldProcess($poolFqdn, 'Remove-CsTrustedApplicationPool (P-2.2)')) {
            Remove-CsTrustedApplicationPool -Identity ('TrustedApplicationPool:' + $poolFqdn) -Confirm:$false
            Write-Host ('Removed trusted application pool ' + $poolFqdn)
            $changed = $true
        }
    }

    if ($changed -and $PSCmdlet.ShouldProcess('Lync topology', 'Enable-CsTopology (P-2.2)')) {
        Enable-CsTopology -Confirm:$false
        Write-Host 'Topology published.'
    }

    if ($changed) {
        Write-Host 'SUCCESS: the manual trusted application entries for the autodiscovered Exchange servers are removed (P-2.2).'
    }
    elseif ($poolFqdns.Count -eq 0) {
        Write-Host 'SUCCESS: nothing to remediate (P-2.2).'
    }
    else {
        Write-Host 'SUCCESS: nothing was removed (declined or -WhatIf); run again without -WhatIf to remediate.'
    }
    $exitCode = 0
}
catch {
    Write-Host ('FAILURE: ' + $_.Exception.Message)
}
finally {
    Stop-Transcript -ErrorAction SilentlyContinue | Out-Null
}
exit $exitCode
