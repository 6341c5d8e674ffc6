[# th:insert="~{_header}" /]
#
[# th:if="${scope == 'DEFAULT'}"]# P-4.1: enables OCS instant messaging in the OWA mailbox policy named "Default".
[/][# th:if="${scope == 'ALL'}"]# P-4.2: enables OCS instant messaging in every OWA mailbox policy.
[/][# th:if="${scope == 'NAMED'}"]# P-4.1: enables OCS instant messaging in the OWA mailbox policies named in the plan.
[/][# th:if="${ex2010}"]# Exchange 2010 (P-7.6): the parameters exist there; whether the step is needed is not
# documented, it is harmless to apply (medium: confirm against your environment).
[/]# P-4.3: a user gets the integration only when the mailbox is on a supported Exchange
# server, the user is enabled for Lync Server 2013 and has a valid SIP proxy address.
# Safe to run twice: only policies that differ from the wanted values are changed.
#Requires -Version [(${ex2010 ? '2.0' : '3.0'})]
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
# DEFAULT, NAMED or ALL
$PolicyScope = [(${q.policyScope})]
# for NAMED
$PolicyNames = [(${q.policies})]

Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
$exitCode = 1
try {
    # Right shell: the Exchange Management Shell provides the OWA cmdlets.
    if (-not (Get-Command Set-OwaMailboxPolicy -ErrorAction SilentlyContinue)) {
        throw 'Set-OwaMailboxPolicy was not found: run this script in the Exchange Management Shell on a Mailbox server.'
    }

    if ($PolicyScope -eq 'ALL') {
        $policies = @(Get-OwaMailboxPolicy)
    }
    elseif ($PolicyScope -eq 'NAMED') {
        $policies = @($PolicyNames | ForEach-Object { Get-OwaMailboxPolicy -Identity $_ })
    }
    else {
        $policies = @(Get-OwaMailboxPolicy -Identity 'Default')
    }
    if ($policies.Count -eq 0) {
        throw 'No OWA mailbox policy was found.'
    }

    foreach ($policy in $policies) {
        if ($policy.InstantMessagingEnabled -and [string]$policy.InstantMessagingType -eq 'Ocs') {
            Write-Host ('Already enabled: ' + $policy.Identity)
            continue
        }
        if ($PSCmdlet.ShouldProcess([string]$policy.Identity, 'Set-OwaMailboxPolicy -InstantMessagingEnabled $true -InstantMessagingType OCS (P-4)')) {
            Set-OwaMailboxPolicy -Identity $policy.Identity -InstantMessagingEnabled $true -InstantMessagingType 'OCS' -Confirm:$false
            Write-Host ('Enabled: ' + $policy.Identity)
        }
    }

    Write-Host 'SUCCESS: the OWA mailbox policies allow OCS instant messaging (P-4).'
    $exitCode = 0
}
catch {
    Write-Host ('FAILURE: ' + $_.Exception.Message)
}
finally {
    Stop-Transcript -ErrorAction SilentlyContinue | Out-Null
}
exit $exitCode
