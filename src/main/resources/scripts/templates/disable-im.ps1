[# th:insert="~{_header}" /]
#
# [(${t.c('disableIm.intro')})]
# [(${t.c('exchange.errorActionStop')})]
#Requires -Version [(${ex2010 ? '2.0' : '3.0'})]
# [(${t.c('common.ps2')})]
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    # [(${t.c('common.logPath')})]
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# [(${t.c('common.strictMode')})]
Set-StrictMode -Version 1.0

# [(${t.c('disableIm.transcript')})]
Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
$exitCode = 1
try {
    # [(${t.c('common.rightShellOwa')})]
    if (-not (Get-Command Set-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
        throw [(${t.q('common.noSetOwaVirtualDirectory')})]
    }

    # [(${t.c('disableIm.frontEnd')})]
    $directories = @(Get-OwaVirtualDirectory -ErrorAction Stop)
    if ($directories.Count -eq 0) {
        throw [(${t.q('common.noOwaDirectory')})]
    }
    $declined = @()
    foreach ($directory in $directories) {
        $identity = [string]$directory.Identity
        if (-not $directory.InstantMessagingEnabled) {
            Write-Host ([(${t.f('disableIm.alreadyOff', '$identity')})])
            continue
        }
        if ($PSCmdlet.ShouldProcess($identity, [(${t.q('disableIm.action')})])) {
            Set-OwaVirtualDirectory -Identity $identity -InstantMessagingEnabled $false -Confirm:$false -ErrorAction Stop
            # [(${t.c('exchange.readBack')})]
            $after = Get-OwaVirtualDirectory -Identity $identity -ErrorAction Stop
            if ($after.InstantMessagingEnabled) {
                throw ([(${t.f('exchange.directoryReadBackFailed', '$identity', '$after.InstantMessagingEnabled', '$after.InstantMessagingType')})])
            }
            Write-Host ([(${t.f('disableIm.switchedOff', '$identity')})])
        }
        elseif (-not $WhatIfPreference) {
            $declined += $identity
        }
    }
    if ($declined.Count -gt 0) {
        throw ([(${t.f('exchange.declined', '($declined -join '', '')')})])
    }

    Write-Host [(${t.q('disableIm.success')})]
    $exitCode = 0
}
catch {
    Write-Host ([(${t.f('common.failure', '$_.Exception.Message')})])
}
finally {
    Stop-Transcript -ErrorAction SilentlyContinue | Out-Null
}
exit $exitCode
