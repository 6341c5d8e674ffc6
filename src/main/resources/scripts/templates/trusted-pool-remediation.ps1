[# th:insert="~{_header}" /]
#
# [(${t.c('remediation.intro')})]
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    # [(${t.c('remediation.onlyPool')})]
    [string[]]$OnlyPool = @(),
    # [(${t.c('common.logPath')})]
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# [(${t.c('common.strictMode')})]
Set-StrictMode -Version 1.0

# [(${t.c('remediation.planValues')})]
$MailboxServers = [(${q.mailboxServers})]
$ClientAccessServers = [(${q.clientAccessServers})]
$ExchangeServers = @($MailboxServers + $ClientAccessServers | ForEach-Object { $_.ToLowerInvariant() } | Select-Object -Unique)

# [(${t.c('remediation.bareFqdn')})]
function Get-BareFqdn([string]$Value) {
    return ($Value -replace '^[^:]*:', '').ToLowerInvariant()
}

[# th:insert="~{_common}" /]
try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    # [(${t.c('common.rightShellCs')})]
    if (-not (Get-Command Remove-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
        throw [(${t.q('remediation.noCmdlet')})]
    }

    # [(${t.c('remediation.matching')})]
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

    if ($poolFqdns.Count -eq 0) {
        Write-Host [(${t.q('remediation.noMatch')})]
    }
    foreach ($poolFqdn in $poolFqdns) {
        Write-Host ([(${t.f('remediation.found', '$poolFqdn')})])
        $applications = @(Get-CsTrustedApplication -ErrorAction SilentlyContinue |
            Where-Object { (Get-BareFqdn ([string]$_.TrustedApplicationPoolFqdn)) -eq $poolFqdn })
        foreach ($application in $applications) {
            if (Test-Change ([string]$application.Identity) 'Remove-CsTrustedApplication (P-2.2)') {
                Remove-CsTrustedApplication -Identity $application.Identity -Confirm:$false -ErrorAction Stop
                # [(${t.c('remediation.readBack')})]
                if (Get-CsTrustedApplication -Identity $application.Identity -ErrorAction SilentlyContinue) {
                    throw ([(${t.f('remediation.applicationNotRemoved', '$application.Identity')})])
                }
                Write-Host ([(${t.f('common.removedApplication', '$application.Identity')})])
            }
        }
        if (Test-Change $poolFqdn 'Remove-CsTrustedApplicationPool (P-2.2)') {
            Remove-CsTrustedApplicationPool -Identity ('TrustedApplicationPool:' + $poolFqdn) -Confirm:$false -ErrorAction Stop
            if (Get-CsTrustedApplicationPool -Identity $poolFqdn -ErrorAction SilentlyContinue) {
                throw ([(${t.f('remediation.poolNotRemoved', '$poolFqdn')})])
            }
            Write-Host ([(${t.f('common.removedPool', '$poolFqdn')})])
        }
    }

    # [(${t.ci('remediation.publish', '    # ')})]
    if (Test-Change ([(${t.q('common.lyncTopology')})]) 'Enable-CsTopology (P-2.2, P-9.3)') {
        Enable-CsTopology -Confirm:$false -ErrorAction Stop
        Write-Host [(${t.q('common.topologyPublished')})]
    }
    if (-not $WhatIfPreference -and $Declined.Count -eq 0) {
        # [(${t.c('remediation.readBackPublished')})]
        $left = @(Get-CsTrustedApplicationComputer -ErrorAction SilentlyContinue |
            Where-Object { $poolFqdns -contains (Get-BareFqdn ([string]$_.Pool)) } |
            ForEach-Object { Get-BareFqdn ([string]$_.Identity) })
        if ($left.Count -gt 0) {
            throw ([(${t.f('remediation.stillThere', '($left -join '', '')')})])
        }
    }

    if ($poolFqdns.Count -eq 0) {
        Complete-Change [(${t.q('remediation.successNothing')})]
    }
    else {
        Complete-Change [(${t.q('remediation.success')})]
    }
    $exitCode = 0
}
[# th:insert="~{_end}" /]
