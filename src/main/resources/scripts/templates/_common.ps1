# [(${t.ci('common.runState', '# ')})]
$exitCode = 1
$transcribing = $false
[# th:if="${purpose != 'verify' and purpose != 'discover'}"]$Declined = @()

# [(${t.ci('common.testChange', '# ')})]
function Test-Change([string]$Target, [string]$Action) {
    if ($PSCmdlet.ShouldProcess($Target, $Action)) {
        return $true
    }
    if (-not $WhatIfPreference) {
        $script:Declined += ($Action + ' -> ' + $Target)
    }
    return $false
}

# [(${t.ci('common.completeChange', '# ')})]
function Complete-Change([string]$Success) {
    if ($script:Declined.Count -gt 0) {
        throw ([(${t.f('common.declined', '($script:Declined -join ''; '')')})])
    }
    if ($WhatIfPreference) {
        Write-Host [(${t.q('common.whatIf')})]
    }
    else {
        Write-Host $Success
    }
}
[/]