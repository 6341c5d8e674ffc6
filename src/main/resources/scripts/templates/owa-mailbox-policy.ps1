[# th:insert="~{_header}" /]
#
[# th:if="${scope == 'DEFAULT'}"]# [(${t.c('policy.default')})]
[/][# th:if="${scope == 'ALL'}"]# [(${t.c('policy.all')})]
[/][# th:if="${scope == 'NAMED'}"]# [(${t.c('policy.named')})]
[/][# th:if="${ex2010}"]# [(${t.c('policy.exchange2010')})]
[/]# [(${t.c('policy.users')})]
# [(${t.c('exchange.errorActionStop')})]
#Requires -Version [(${ex2010 ? '2.0' : '3.0'})]
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    # [(${t.c('common.logPath')})]
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})]),
    # [(${t.ci('before.path', '    # ')})]
    [string]$BeforePath = ''
)

$ErrorActionPreference = 'Stop'
# [(${t.c('common.strictMode')})]
Set-StrictMode -Version 1.0

# [(${t.c('common.planValues')})]
# [(${t.c('policy.scope')})]
$PolicyScope = [(${q.policyScope})]
# [(${t.c('policy.names')})]
$PolicyNames = [(${q.policies})]

[# th:insert="~{_common}" /]
[# th:insert="~{_before}" /]
try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    # [(${t.c('common.rightShellOwa')})]
    if (-not (Get-Command Set-OwaMailboxPolicy -ErrorAction SilentlyContinue)) {
        throw [(${t.q('policy.noCmdlet')})]
    }

    if ($PolicyScope -eq 'ALL') {
        $policies = @(Get-OwaMailboxPolicy -ErrorAction Stop)
    }
    else {
        # [(${t.c('policy.mustExist')})]
        $names = @('Default')
        if ($PolicyScope -eq 'NAMED') {
            $names = $PolicyNames
        }
        $policies = @()
        foreach ($name in $names) {
            $exact = @()
            try {
                $exact = @(Get-OwaMailboxPolicy -Identity $name -ErrorAction Stop | Where-Object { [string]$_.Name -eq $name })
            }
            catch {
                throw ([(${t.f('exchange.noPolicy', '$name')})] + ' ' + $_.Exception.Message)
            }
            if ($exact.Count -eq 0) {
                throw ([(${t.f('exchange.noPolicy', '$name')})])
            }
            $policies += $exact
        }
    }
    if ($policies.Count -eq 0) {
        throw [(${t.q('policy.noPolicy')})]
    }

    foreach ($policy in $policies) {
        $identity = [string]$policy.Identity
        if ($policy.InstantMessagingEnabled -and [string]$policy.InstantMessagingType -eq 'Ocs') {
            Write-Host ([(${t.f('common.alreadyEnabled', '$identity')})])
            continue
        }
        if (Test-Change $identity 'Set-OwaMailboxPolicy -InstantMessagingEnabled $true -InstantMessagingType OCS (P-4)') {
            Save-Before 'OwaMailboxPolicy' $policy @('InstantMessagingEnabled', 'InstantMessagingType')
            Set-OwaMailboxPolicy -Identity $policy.Identity -InstantMessagingEnabled $true -InstantMessagingType 'OCS' -Confirm:$false -ErrorAction Stop
            # [(${t.c('exchange.readBack')})]
            $after = Get-OwaMailboxPolicy -Identity $policy.Identity -ErrorAction Stop
            if (-not ($after.InstantMessagingEnabled -and [string]$after.InstantMessagingType -eq 'Ocs')) {
                throw ([(${t.f('exchange.policyReadBackFailed', '$identity', '$after.InstantMessagingEnabled', '$after.InstantMessagingType')})])
            }
            Write-Host ([(${t.f('common.enabled', '$identity')})])
        }
    }

    Complete-Change [(${t.q('policy.success')})]
    $exitCode = 0
}
[# th:insert="~{_end}" /]
