[# th:insert="~{_header}" /]
#
# [(${t.c('dialPlans.intro')})]
[# th:if="${!createsPool}"]# [(${t.c('dialPlans.colocated')})]
[/][# th:if="${hasDialPlans}"]# [(${t.c('dialPlans.named')})]
[/][# th:if="${!hasDialPlans}"]# [(${t.c('dialPlans.all')})]
[/]# [(${t.c('dialPlans.idempotent')})]
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    # [(${t.c('common.logPath')})]
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# [(${t.c('common.strictMode')})]
Set-StrictMode -Version 1.0

# [(${t.c('common.planValues')})]
# [(${t.c('dialPlans.emptyNames')})]
$DialPlanNames = [(${q.sipUriDialPlans})]
$MailboxServers = [(${q.mailboxServers})]
$ClientAccessServers = [(${q.clientAccessServers})]

# [(${t.ci('dialPlans.namesOf', '# ')})]
function Get-DialPlanNames($Values) {
    foreach ($value in @($Values)) {
        $name = [string]$value.Name
        if (-not $name) {
            $name = [string]$value
        }
        if ($name) {
            $name
        }
    }
}

[# th:insert="~{_common}" /]
try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    # [(${t.c(ex2016 ? 'dialPlans.rightShell2016' : 'dialPlans.rightShell')})]
    if (-not (Get-Command Set-UMService -ErrorAction SilentlyContinue) -or
        -not (Get-Command Set-UMCallRouterSettings -ErrorAction SilentlyContinue)) {
        throw [(${t.q(ex2016 ? 'dialPlans.noCmdlet2016' : 'dialPlans.noCmdlet')})]
    }

    # [(${t.ci('dialPlans.errorAction', '    # ')})]
    $sipDialPlans = @(Get-UMDialPlan -ErrorAction Stop | Where-Object { [string]$_.URIType -eq 'SipName' })
    if ($DialPlanNames.Count -gt 0) {
        $dialPlans = @()
        foreach ($name in $DialPlanNames) {
            $match = @($sipDialPlans | Where-Object { [string]$_.Name -eq $name })
            if ($match.Count -eq 0) {
                throw ([(${t.f('dialPlans.noSuchPlan', '$name')})])
            }
            $dialPlans += $match[0]
        }
    }
    else {
        $dialPlans = $sipDialPlans
    }
    if ($dialPlans.Count -eq 0) {
        # [(${t.c('dialPlans.noneToAdd')})]
        Write-Host [(${t.q('dialPlans.noPlans')})]
    }
    else {
        Write-Host ([(${t.f('dialPlans.found', '(($dialPlans | ForEach-Object { $_.Name }) -join '', '')')})])
    }

    # [(${t.ci(ex2016 ? 'dialPlans.rightServer2016' : 'dialPlans.rightServer', '    # ')})]
    foreach ($server in $MailboxServers) {
        $exchangeServer = Get-ExchangeServer -Identity $server -ErrorAction Stop
        if (-not $exchangeServer.IsMailboxServer -or [string]$exchangeServer.AdminDisplayVersion -notlike [(${exVersionLike})]) {
            throw ([(${t.f(ex2016 ? 'dialPlans.notMailbox2016' : 'dialPlans.notMailbox2013', '$server')})])
        }
    }
    foreach ($server in $ClientAccessServers) {
        $exchangeServer = Get-ExchangeServer -Identity $server -ErrorAction Stop
        if (-not $exchangeServer.IsClientAccessServer -or [string]$exchangeServer.AdminDisplayVersion -notlike [(${exVersionLike})]) {
            throw ([(${t.f(ex2016 ? 'dialPlans.notCas2016' : 'common.notCas2013', '$server')})])
        }
    }

    # [(${t.c('dialPlans.mailboxServers')})]
    foreach ($server in $MailboxServers) {
        $current = @(Get-DialPlanNames (Get-UMService -Identity $server -ErrorAction Stop).DialPlans)
        foreach ($dialPlan in $dialPlans) {
            if ($current -contains [string]$dialPlan.Name) {
                Write-Host ([(${t.f('dialPlans.alreadyServes', '$server', '$dialPlan.Name')})])
            }
            elseif (Test-Change $server ('Set-UMService -DialPlans @{Add = ' + $dialPlan.Name + '} (P-2.9)')) {
                Set-UMService -Identity $server -DialPlans @{Add = $dialPlan.Identity} -Confirm:$false -ErrorAction Stop
                # [(${t.c('dialPlans.readBack')})]
                $current = @(Get-DialPlanNames (Get-UMService -Identity $server -ErrorAction Stop).DialPlans)
                if ($current -notcontains [string]$dialPlan.Name) {
                    throw ([(${t.f('dialPlans.notAdded', '$server', '$dialPlan.Name')})])
                }
                Write-Host ([(${t.f('dialPlans.added', '$server', '$dialPlan.Name')})])
            }
        }
    }

    # [(${t.ci(ex2016 ? 'dialPlans.callRouters2016' : 'dialPlans.callRouters', '    # ')})]
    $callRouters = $ClientAccessServers
    if ($callRouters.Count -eq 0) {
        $callRouters = @(Get-ExchangeServer -ErrorAction Stop | Where-Object { $_.IsClientAccessServer -and [string]$_.AdminDisplayVersion -like [(${exVersionLike})] } | ForEach-Object { [string]$_.Fqdn })
    }
    foreach ($server in $callRouters) {
        $current = @(Get-DialPlanNames (Get-UMCallRouterSettings -Server $server -ErrorAction Stop).DialPlans)
        foreach ($dialPlan in $dialPlans) {
            if ($current -contains [string]$dialPlan.Name) {
                Write-Host ([(${t.f('dialPlans.routerAlreadyServes', '$server', '$dialPlan.Name')})])
            }
            elseif (Test-Change $server ('Set-UMCallRouterSettings -DialPlans @{Add = ' + $dialPlan.Name + '} (P-2.9)')) {
                Set-UMCallRouterSettings -Server $server -DialPlans @{Add = $dialPlan.Identity} -Confirm:$false -ErrorAction Stop
                $current = @(Get-DialPlanNames (Get-UMCallRouterSettings -Server $server -ErrorAction Stop).DialPlans)
                if ($current -notcontains [string]$dialPlan.Name) {
                    throw ([(${t.f('dialPlans.routerNotAdded', '$server', '$dialPlan.Name')})])
                }
                Write-Host ([(${t.f('dialPlans.routerAdded', '$server', '$dialPlan.Name')})])
            }
        }
    }

    if ($dialPlans.Count -eq 0) {
        Complete-Change [(${t.q('dialPlans.successNone')})]
    }
    else {
        Complete-Change [(${t.q('dialPlans.success')})]
    }
    $exitCode = 0
}
[# th:insert="~{_end}" /]
