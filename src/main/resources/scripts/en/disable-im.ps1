[# th:insert="~{_header}" /]
#
# Switches instant messaging off on the front-end OWA virtual directories (P-3.8),
# for an organisation that does not integrate OWA with Lync: users then no longer
# see blank presence icons and an error at every sign-in.
# Safe to run twice: only directories that still have IM on are changed.
#Requires -Version [(${ex2010 ? '2.0' : '3.0'})]
# (Exchange 2010 Management Shell is PowerShell 2.0.)
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    # Where the transcript of this run is written.
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# Strict mode 1.0 catches unset variables; property checks (2.0) would fail on cmdlet objects
# whose properties differ between versions, so those are tested explicitly instead.
Set-StrictMode -Version 1.0

# -WhatIf and -Confirm must not stop or question the transcript.
Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
$exitCode = 1
try {
    # Right shell: the Exchange Management Shell provides the OWA cmdlets.
    if (-not (Get-Command Set-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
        throw 'Set-OwaVirtualDirectory was not found: run this script in the Exchange Management Shell.'
    }

    # P-3.1/P-3.8: without switches Get-OwaVirtualDirectory returns the front-end directories only.
    $directories = @(Get-OwaVirtualDirectory)
    if ($directories.Count -eq 0) {
        throw 'No OWA virtual directory was found.'
    }
    foreach ($directory in $directories) {
        if (-not $directory.InstantMessagingEnabled) {
            Write-Host ('Already off: ' + $directory.Identity)
            continue
        }
        if ($PSCmdlet.ShouldProcess([string]$directory.Identity, 'Set InstantMessagingEnabled to False (P-3.8)')) {
            Set-OwaVirtualDirectory -Identity $directory.Identity -InstantMessagingEnabled $false -Confirm:$false
            Write-Host ('Switched off: ' + $directory.Identity)
        }
    }

    Write-Host 'SUCCESS: instant messaging is off on every front-end OWA virtual directory (P-3.8).'
    $exitCode = 0
}
catch {
    Write-Host ('FAILURE: ' + $_.Exception.Message)
}
finally {
    Stop-Transcript -ErrorAction SilentlyContinue | Out-Null
}
exit $exitCode
