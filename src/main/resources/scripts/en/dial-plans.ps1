[# th:insert="~{_header}" /]
#
# P-2.9: puts the Exchange Client Access and Mailbox servers into every SIP URI dial plan,
# so that Lync's ExUmRouting topology treats them as trusted SIP peers:
# Set-UMCallRouterSettings -DialPlans on Client Access servers, Set-UMService -DialPlans
# on Mailbox servers. Both parameters hold the server's whole list, so plans are only
# ever ADDED with @{Add = ...}; plans a server already serves are never dropped.
[# th:if="${!createsPool}"]# With co-located UM (P-2.1) this step matters too: the SIP URI dial plan is what lets
# Lync autodiscover the Exchange servers instead of a trusted application pool.
[/][# th:if="${hasDialPlans}"]# Dial plans: the ones named in the plan.
[/][# th:if="${!hasDialPlans}"]# Dial plans: the plan names none, so every SIP URI (SipName) dial plan found is used.
[/]# Safe to run twice: a server that already has a plan is left as it is.
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    # Where the transcript of this run is written.
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# Strict mode 1.0 catches unset variables; property checks (2.0) would fail on cmdlet objects
# whose properties differ between versions, so those are tested explicitly instead.
Set-StrictMode -Version 1.0

# Values from the plan.
# empty: use every SipName dial plan found
$DialPlanNames = [(${q.sipUriDialPlans})]
$MailboxServers = [(${q.mailboxServers})]
$ClientAccessServers = [(${q.clientAccessServers})]

Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
$exitCode = 1
try {
    # Right shell: the Exchange Management Shell of Exchange 2013 provides Set-UMService.
    if (-not (Get-Command Set-UMService -ErrorAction SilentlyContinue) -or
        -not (Get-Command Set-UMCallRouterSettings -ErrorAction SilentlyContinue)) {
        throw 'Set-UMService / Set-UMCallRouterSettings were not found: run this script in the Exchange 2013 Management Shell.'
    }

    $sipDialPlans = @(Get-UMDialPlan | Where-Object { [string]$_.URIType -eq 'SipName' })
    if ($DialPlanNames.Count -gt 0) {
        $dialPlans = @()
        foreach ($name in $DialPlanNames) {
            $match = $sipDialPlans | Where-Object { $_.Name -eq $name }
            if (-not $match) {
                throw ('Dial plan ' + $name + ' does not exist or is not a SIP URI (SipName) dial plan (P-2.9).')
            }
            $dialPlans += $match
        }
    }
    else {
        $dialPlans = $sipDialPlans
    }
    if ($dialPlans.Count -eq 0) {
        throw 'No SIP URI (SipName) UM dial plan was found; create one first (P-2.9).'
    }
    Write-Host ('SIP URI dial plans: ' + (($dialPlans | ForEach-Object { $_.Name }) -join ', '))

    # Right kind of server: each named server must be an Exchange 2013 server with the role.
    foreach ($server in $MailboxServers) {
        $exchangeServer = Get-ExchangeServer -Identity $server
        if (-not $exchangeServer.IsMailboxServer -or [string]$exchangeServer.AdminDisplayVersion -notlike 'Version 15*') {
            throw ($server + ' is not an Exchange 2013 Mailbox server.')
        }
    }
    foreach ($server in $ClientAccessServers) {
        $exchangeServer = Get-ExchangeServer -Identity $server
        if (-not $exchangeServer.IsClientAccessServer -or [string]$exchangeServer.AdminDisplayVersion -notlike 'Version 15*') {
            throw ($server + ' is not an Exchange 2013 Client Access server.')
        }
    }

    # Mailbox servers: Set-UMService -DialPlans (P-2.9).
    foreach ($server in $MailboxServers) {
        $current = @((Get-UMService -Identity $server).DialPlans | ForEach-Object { $_.Name })
        foreach ($dialPlan in $dialPlans) {
            if ($current -contains $dialPlan.Name) {
                Write-Host ($server + ' already serves ' + $dialPlan.Name)
            }
            elseif ($PSCmdlet.ShouldProcess($server, 'Set-UMService -DialPlans @{Add = ' + $dialPlan.Name + '} (P-2.9)')) {
                Set-UMService -Identity $server -DialPlans @{Add = $dialPlan.Identity} -Confirm:$false
                Write-Host ($server + ': added ' + $dialPlan.Name)
            }
        }
    }

    # Client Access servers: Set-UMCallRouterSettings -DialPlans (P-2.9). Without a list in the
    # plan, the Exchange 2013 servers with the Client Access role are used.
    $callRouters = $ClientAccessServers
    if ($callRouters.Count -eq 0) {
        $callRouters = @(Get-ExchangeServer | Where-Object { $_.IsClientAccessServer -and [string]$_.AdminDisplayVersion -like 'Version 15*' } | ForEach-Object { [string]$_.Fqdn })
    }
    foreach ($server in $callRouters) {
        $current = @((Get-UMCallRouterSettings -Server $server).DialPlans | ForEach-Object { $_.Name })
        foreach ($dialPlan in $dialPlans) {
            if ($current -contains $dialPlan.Name) {
                Write-Host ($server + ' (call router) already serves ' + $dialPlan.Name)
            }
            elseif ($PSCmdlet.ShouldProcess($server, 'Set-UMCallRouterSettings -DialPlans @{Add = ' + $dialPlan.Name + '} (P-2.9)')) {
                Set-UMCallRouterSettings -Server $server -DialPlans @{Add = $dialPlan.Identity} -Confirm:$false
                Write-Host ($server + ' (call router): added ' + $dialPlan.Name)
            }
        }
    }

    Write-Host 'SUCCESS: the Exchange servers are in every SIP URI dial plan (P-2.9).'
    $exitCode = 0
}
catch {
    Write-Host ('FAILURE: ' + $_.Exception.Message)
}
finally {
    Stop-Transcript -ErrorAction SilentlyContinue | Out-Null
}
exit $exitCode
